package io.jrtc.ice;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine's interface addresses, for {@link HostCandidatePolicy#select}: the one place jrtc-ice
 * asks the operating system anything. It only lists; binding sockets on the chosen addresses is
 * the runtime's job (jrtc-webrtc's {@code internal.net}).
 *
 * <pre>{@code
 * for (InetAddress a : HostInterfaces.select(HostCandidatePolicy.defaults())) {
 *     // bind a UDP socket on a, then session.addHostAddress(socket's local address)
 * }
 * }</pre>
 */
public final class HostInterfaces {
    private HostInterfaces() {}

    /**
     * The addresses of every interface that is up, by interface name, in the order the operating
     * system lists them (virtual sub-interfaces included).
     *
     * @return interface name to its addresses
     *
     * @throws SocketException if the operating system cannot list its interfaces
     */
    public static Map<String, List<InetAddress>> list() throws SocketException {
        Map<String, List<InetAddress>> out = new LinkedHashMap<>();
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            add(nif, out);
            for (NetworkInterface sub : Collections.list(nif.getSubInterfaces())) {
                add(sub, out);
            }
        }
        return out;
    }

    private static void add(NetworkInterface nif, Map<String, List<InetAddress>> out) throws SocketException {
        if (nif.isUp() && !out.containsKey(nif.getName())) {
            out.put(nif.getName(), Collections.list(nif.getInetAddresses()));
        }
    }

    /**
     * The addresses the policy accepts, IPv6 first: {@code policy.select(list())}.
     *
     * @param policy which interfaces and addresses to accept
     * @return the accepted addresses
     *
     * @throws SocketException if the operating system cannot list its interfaces
     */
    public static List<InetAddress> select(HostCandidatePolicy policy) throws SocketException {
        return policy.select(list());
    }
}
