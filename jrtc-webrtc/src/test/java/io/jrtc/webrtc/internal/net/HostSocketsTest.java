package io.jrtc.webrtc.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.ice.HostCandidatePolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostSocketsTest {
    @Test
    void loopbackIsLeftOutUnlessAsked() throws Exception {
        List<InetAddress> selected = HostCandidatePolicy.defaults().select(HostSockets.interfaces());
        assertTrue(selected.stream().noneMatch(InetAddress::isLoopbackAddress), selected::toString);
        List<InetAddress> withLoopback = LoopbackPeer.LOOPBACK.select(HostSockets.interfaces());
        assertEquals(List.of(InetAddress.getByName("127.0.0.1")), withLoopback);
    }

    @Test
    void bindsWithinThePortRangeAndSaysWhenItIsFull() throws Exception {
        int base = 40_000 + (int) (ProcessHandle.current().pid() % 20_000);
        HostCandidatePolicy policy = HostCandidatePolicy.builder().includeLoopback(true).ipv6(false)
                .addressFilter(InetAddress::isLoopbackAddress).portRange(base, base + 2).build();
        List<UdpSocket> sockets = new ArrayList<>();
        try (SocketReader reader = new SocketReader("host-sockets-reader")) {
            for (int i = 0; i < 3; i++) {
                UdpSocket s = HostSockets.bind(InetAddress.getByName("127.0.0.1"), policy, reader);
                sockets.add(s);
                assertTrue(policy.portAllowed(s.local().getPort()), s.local()::toString);
            }
            assertEquals(3, sockets.stream().map(s -> s.local().getPort()).distinct().count());
            IOException full = assertThrows(IOException.class,
                    () -> HostSockets.bind(InetAddress.getByName("127.0.0.1"), policy, reader));
            assertTrue(full.getMessage().contains("no free UDP port"), full.getMessage());
        } finally {
            sockets.forEach(UdpSocket::close);
        }
    }

    @Test
    void aPolicyThatSelectsNothingIsAnError() throws Exception {
        HostCandidatePolicy none = HostCandidatePolicy.builder().addressFilter(a -> false).build();
        IOException e;
        try (SocketReader reader = new SocketReader("host-sockets-reader")) {
            e = assertThrows(IOException.class, () -> HostSockets.bind(none, reader));
        }
        assertFalse(e.getMessage().isEmpty());
    }
}
