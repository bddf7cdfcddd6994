package io.jrtc.webrtc.internal.net;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** Path MTU discovery needs datagrams dropped, not fragmented, above the path MTU (RFC 8899 §3). */
class UdpSocketDontFragmentTest {
    @Test
    void dontFragmentIsOffByDefaultAndOnWhenAsked() throws Exception {
        try (UdpSocket socket = UdpSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            assertFalse(socket.dontFragmentSet());
            socket.dontFragment();
            assertTrue(socket.dontFragmentSet(), "Linux and the JDK 21+ support IP_DONTFRAGMENT");
        }
    }
}
