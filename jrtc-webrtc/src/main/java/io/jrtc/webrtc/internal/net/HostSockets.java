package io.jrtc.webrtc.internal.net;

import io.jrtc.ice.HostCandidatePolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Binds one UDP socket per host address the {@link HostCandidatePolicy} selects among the
 * machine's interfaces, within its port range; {@code reader} reads them once started.
 */
final class HostSockets {
    private HostSockets() {}

    /** The up interfaces and their addresses, as the policy expects them. */
    static Map<String, List<InetAddress>> interfaces() throws SocketException {
        Map<String, List<InetAddress>> out = new LinkedHashMap<>();
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nif.isUp()) {
                out.put(nif.getName(), Collections.list(nif.getInetAddresses()));
            }
        }
        return out;
    }

    /** Binds a socket on every selected address. */
    static List<UdpSocket> bind(HostCandidatePolicy policy, SocketReader reader) throws IOException {
        List<InetAddress> addresses = policy.select(interfaces());
        if (addresses.isEmpty()) {
            throw new IOException("no interface address passes the host candidate policy (is loopback excluded?)");
        }
        List<UdpSocket> sockets = new ArrayList<>();
        try {
            for (InetAddress a : addresses) {
                sockets.add(bind(a, policy, reader));
            }
        } catch (IOException e) {
            sockets.forEach(UdpSocket::close);
            throw e;
        }
        return sockets;
    }

    /** Binds one address: any port, or a free one in the policy's range tried from a random start. */
    static UdpSocket bind(InetAddress address, HostCandidatePolicy policy, SocketReader reader) throws IOException {
        if (policy.minPort() == 0 && policy.maxPort() == 0) {
            return UdpSocket.bind(new InetSocketAddress(address, 0), reader);
        }
        int span = policy.maxPort() - policy.minPort() + 1;
        int start = ThreadLocalRandom.current().nextInt(span);
        IOException last = null;
        for (int i = 0; i < span; i++) {
            int port = policy.minPort() + (start + i) % span;
            try {
                return UdpSocket.bind(new InetSocketAddress(address, port), reader);
            } catch (IOException e) {
                last = e;
            }
        }
        throw new IOException("no free UDP port in " + policy.minPort() + "-" + policy.maxPort(), last);
    }
}
