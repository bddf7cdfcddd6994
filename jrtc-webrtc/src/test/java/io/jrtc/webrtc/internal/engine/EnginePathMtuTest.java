package io.jrtc.webrtc.internal.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.sctp.SctpStats;
import io.jrtc.sctp.datachannel.DataChannel;
import io.jrtc.sctp.datachannel.DataChannelInit;
import io.jrtc.testkit.LinkConditions;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Path MTU discovery (RFC 8899) through the whole engine: SCTP probes travel as DTLS records in
 * UDP datagrams over a simulated link that drops IP packets above its MTU.
 */
class EnginePathMtuTest {
    private static final int IP_UDP = 28;

    private static DataChannel open(EngineWorld w) {
        DataChannel ch = w.a.engine.createDataChannel(w.sim.now(), "bulk", DataChannelInit.DEFAULT);
        assertTrue(w.run(() -> w.connected() && w.a.opened(ch) && !w.b.remoteChannels.isEmpty(), Duration.ofSeconds(30)));
        return ch;
    }

    private static void sendAndCheck(EngineWorld w, DataChannel ch, int count) {
        Random r = new Random(5);
        byte[][] sent = new byte[count][];
        w.a.engine.advance(w.sim.now()); // what the runtime does before application work
        for (int i = 0; i < count; i++) {
            sent[i] = new byte[64 * 1024];
            r.nextBytes(sent[i]);
            ch.send(sent[i]);
        }
        assertTrue(w.run(() -> w.b.binaries.size() == count, Duration.ofMinutes(2)), () -> w.a.engine.stats().toString());
        for (int i = 0; i < count; i++) {
            assertArrayEquals(sent[i], w.b.binaries.get(i));
        }
    }

    @Test
    void ethernetPathConvergesBelowItsMtuAndCarriesData() {
        LinkConditions link = LinkConditions.builder().delay(Duration.ofMillis(20)).mtu(1500).build();
        EngineWorld w = new EngineWorld(41, link, null, true).start();
        DataChannel ch = open(w);
        w.run(() -> false, Duration.ofMinutes(15)); // each failing size costs three 15 s probe timeouts
        SctpStats s = w.a.engine.stats().sctp();
        // an SCTP packet plus the DTLS record's header, nonce and tag must fit 1500 - 28 bytes
        assertTrue(s.pathMtu() >= 1400 && s.pathMtu() + 13 + 8 + 16 <= 1500 - IP_UDP, () -> "PLPMTU " + s.pathMtu());
        assertTrue(w.sim.link(w.hostA, w.hostB).stats().droppedByMtu() > 0, "larger probes were tried");
        sendAndCheck(w, ch, 20);
        assertEquals(0, w.a.engine.stats().sctp().retransmissions());
        assertEquals(0, w.a.engine.stats().droppedUnsent(), "every SCTP packet fitted a DTLS record");
    }

    @Test
    void pathWithoutLimitReachesTheDtlsRecordLimit() {
        EngineWorld w = new EngineWorld(42, LinkConditions.builder().delay(Duration.ofMillis(5)).build(), null, true).start();
        DataChannel ch = open(w);
        w.run(() -> false, Duration.ofSeconds(2));
        assertEquals(EngineConfig.SCTP_MAX_MTU, w.a.engine.stats().sctp().pathMtu());
        assertEquals(EngineConfig.SCTP_MAX_MTU, w.b.engine.stats().sctp().pathMtu());
        sendAndCheck(w, ch, 50);
        assertEquals(0, w.a.engine.stats().droppedUnsent());
    }

    @Test
    void onByDefault() {
        EngineConfig defaults = EngineConfig.builder(io.jrtc.ice.IceConfig.builder().build(), EngineWorld.CERT_A).build();
        assertTrue(defaults.pathMtuDiscovery());
        assertTrue(io.jrtc.webrtc.JrtcSettings.builder().build().pathMtuDiscovery());
    }

    @Test
    void switchedOffEveryDatagramStaysWithin1200Bytes() {
        // 1200-byte datagrams (plus IPv4 and UDP headers) pass, anything larger is dropped
        LinkConditions link = LinkConditions.builder().delay(Duration.ofMillis(5)).mtu(1200 + IP_UDP).build();
        EngineWorld w = new EngineWorld(43, link, null).start();
        DataChannel ch = open(w);
        w.run(() -> false, Duration.ofSeconds(2));
        assertEquals(EngineConfig.SCTP_MTU, w.a.engine.stats().sctp().pathMtu());
        assertEquals(0, w.a.engine.stats().sctp().pmtuProbes());
        sendAndCheck(w, ch, 5);
        assertEquals(0, w.sim.link(w.hostA, w.hostB).stats().droppedByMtu(), "every datagram fitted 1200 bytes");
        assertEquals(0, w.a.engine.stats().sctp().retransmissions());
    }
}
