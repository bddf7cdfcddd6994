package io.jrtc.webrtc;

import io.jrtc.ice.HostCandidatePolicy;
import io.jrtc.ice.HostInterfaces;
import io.jrtc.webrtc.internal.net.NetRuntime;
import io.jrtc.webrtc.internal.net.SinglePort;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared sockets of {@link JrtcSettings#singlePort(int)}: every peer connection of a runtime
 * with the same single port shares one socket, opened by the first and kept for the process (a
 * server's port, as an SFU keeps it). Bound on the first address the host candidate policy selects
 * (127.0.0.1 with {@link JrtcSettings#loopbackOnly()}), which is every connection's host candidate.
 */
final class SinglePorts {
    private static final Map<NetRuntime, Map<Integer, SinglePort>> PORTS = new HashMap<>();

    private SinglePorts() {}

    static synchronized SinglePort get(NetRuntime runtime, JrtcSettings settings) throws IOException {
        Map<Integer, SinglePort> ports = PORTS.computeIfAbsent(runtime, r -> new HashMap<>());
        SinglePort port = ports.get(settings.singlePort());
        if (port == null) {
            port = runtime.openSinglePort(new InetSocketAddress(address(settings), settings.singlePort()));
            ports.put(settings.singlePort(), port);
        }
        return port;
    }

    private static InetAddress address(JrtcSettings settings) throws IOException {
        if (settings.loopbackOnly()) {
            return InetAddress.getLoopbackAddress();
        }
        List<InetAddress> addresses = HostInterfaces.select(HostCandidatePolicy.builder()
                .includeLoopback(settings.loopbackCandidates()).ipv6(settings.ipv6())
                .addressFilter(settings.hostAddressFilter()).build());
        if (addresses.isEmpty()) {
            throw new IOException("no interface address for the single port passes the host candidate policy");
        }
        return addresses.get(0);
    }
}
