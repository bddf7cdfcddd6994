package io.jrtc.webrtc.pc;

import static io.jrtc.webrtc.pc.Peers.await;
import static io.jrtc.webrtc.pc.Peers.until;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelInit;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCStats;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Path MTU discovery (RFC 8899) through the W3C API on 127.0.0.1, whose MTU is 64 KiB: with the
 * default settings both sides climb to the largest SCTP packet (16 KiB, one DTLS record) and
 * report it in the transport's stats; switched off, they stay at 1,200 bytes and send no probe.
 */
class PathMtuLoopbackTest {
    private static RTCStats transport(RTCPeerConnection pc) {
        return await(pc.getStats(), "stats").ofType("transport").get(0);
    }

    private static long stat(RTCPeerConnection pc, String name) {
        Object v = transport(pc).get(name);
        return v == null ? -1 : ((Number) v).longValue();
    }

    private static void echo(Peers p, RTCDataChannel ch) {
        List<byte[]> got = new CopyOnWriteArrayList<>();
        p.b.remoteChannel(0).onMessage(m -> {
            byte[] b = new byte[m.data().remaining()];
            m.data().duplicate().get(b);
            got.add(b);
        });
        byte[] big = new byte[200_000];
        new Random(3).nextBytes(big);
        ch.send(big);
        until(() -> got.size() == 1, "a 200 KB message");
        assertArrayEquals(big, got.get(0));
    }

    @Test
    void byDefaultBothSidesReachTheLargestPacketOnLoopback() {
        JrtcSettings settings = JrtcSettings.builder().loopbackOnly(true).ipv6(false).build();
        assertTrue(settings.pathMtuDiscovery());
        try (Peers p = new Peers(RTCConfiguration.defaults(), RTCConfiguration.defaults(), settings)) {
            RTCDataChannel ch = p.a.pc.createDataChannel("pmtu", RTCDataChannelInit.defaults());
            p.negotiate();
            until(() -> ch.readyState() == RTCDataChannelState.OPEN, "open");
            until(() -> stat(p.a.pc, "sctpPathMtu") == 16_384 && stat(p.b.pc, "sctpPathMtu") == 16_384,
                    "both at 16 KiB: " + transport(p.a.pc) + " / " + transport(p.b.pc));
            assertTrue(stat(p.a.pc, "sctpPathMtuProbes") >= 4, () -> transport(p.a.pc).toString()); // 1400, 1432, 8952, 16384
            echo(p, ch);
        }
    }

    @Test
    void switchedOffNoProbeAndThePacketSizeStaysAt1200() {
        JrtcSettings settings = JrtcSettings.builder().loopbackOnly(true).ipv6(false).pathMtuDiscovery(false).build();
        try (Peers p = new Peers(RTCConfiguration.defaults(), RTCConfiguration.defaults(), settings)) {
            RTCDataChannel ch = p.a.pc.createDataChannel("pmtu", RTCDataChannelInit.defaults());
            p.negotiate();
            until(() -> ch.readyState() == RTCDataChannelState.OPEN, "open");
            echo(p, ch);
            assertEquals(0, stat(p.a.pc, "sctpPathMtuProbes"));
            assertEquals(0, stat(p.b.pc, "sctpPathMtuProbes"));
            // 1,200-byte datagrams less the DTLS record's header, explicit nonce and GCM tag
            assertEquals(1200 - (13 + 8 + 16), stat(p.a.pc, "sctpPathMtu"));
        }
    }
}
