package io.jrtc.dtls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.LinkConditions;
import io.jrtc.testkit.Trace;
import io.jrtc.testkit.TraceEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Handshakes over links that lose, reorder and duplicate datagrams: retransmission in virtual time. */
class DtlsLossyNetworkTest {
    private static LinkConditions lossy(double loss) {
        return LinkConditions.builder().delay(Duration.ofMillis(30)).jitter(Duration.ofMillis(10))
                .loss(loss).reorder(0.2, Duration.ofMillis(15)).duplication(0.1).build();
    }

    @Test
    void handshakesCompleteUnderLossAndReorderingAndEveryLossIsRepaired() {
        int lossy = 0;
        SrtpProfile[] profiles = SrtpProfile.values();
        int[] lossyPerProfile = new int[profiles.length];
        for (long seed = 11; seed < 31; seed++) {
            SrtpProfile profile = profiles[(int) (seed % profiles.length)]; // each profile on 5 seeds
            DtlsPair pair = new DtlsPair(seed, lossy(0.25),
                    b -> b.handshakeTimeout(Duration.ofSeconds(60)).srtpProfiles(List.of(profile)),
                    b -> b.handshakeTimeout(Duration.ofSeconds(60)));
            Trace trace = new Trace();
            pair.sim.tap(trace);
            assertTrue(pair.handshake(Duration.ofSeconds(60)), pair.sim::status);
            assertTrue(pair.client.connected() && pair.server.connected(),
                    () -> pair.client.events + " / " + pair.server.events + "\n" + trace);
            assertEquals(profile, pair.server.dtls.srtpKeyingMaterial().profile());
            assertArrayEquals(pair.client.dtls.srtpKeyingMaterial().material(),
                    pair.server.dtls.srtpKeyingMaterial().material());
            long retransmissions = pair.client.dtls.stats().retransmitTimeouts()
                    + pair.server.dtls.stats().retransmitTimeouts();
            long lost = trace.events().stream().filter(e -> e.kind() == TraceEvent.Kind.DROP).count();
            assertTrue(lost == 0 || retransmissions > 0, () -> "lost datagrams but no retransmission\n" + trace);
            if (lost > 0) {
                lossy++;
                lossyPerProfile[(int) (seed % profiles.length)]++;
            }
        }
        assertTrue(lossy >= 5, "only " + lossy + " of 20 runs lost a datagram at 25 % loss");
        for (int i = 0; i < profiles.length; i++) {
            assertTrue(lossyPerProfile[i] > 0, "no lossy run negotiated " + profiles[i]);
        }
    }

    @Test
    void lostFlightsAreRetransmittedWithBackoff() {
        // Drop the first three datagrams the client sends: its ClientHello must go out four times,
        // at 0 s, 1 s, 3 s and 7 s of virtual time (1 s initial timeout, doubling; RFC 6347 §4.2.4.1).
        DtlsPair pair = new DtlsPair(21, DtlsPair.delayed(), b -> b.engineResendMillis(2), b -> b);
        pair.client.dropOutgoing = 3;
        assertTrue(pair.handshake(Duration.ofSeconds(30)), () -> pair.sim.status());
        assertTrue(pair.client.connected() && pair.server.connected());
        assertEquals(3, pair.client.dtls.stats().retransmitTimeouts());
        assertEquals(List.of(0L, 1_000L, 3_000L, 7_000L), pair.client.sendTimesMillis.subList(0, 4));
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        long[] first = run(31);
        long[] second = run(31);
        assertArrayEquals(first, second);
    }

    private static long[] run(long seed) {
        DtlsPair pair = new DtlsPair(seed, lossy(0.25), b -> b, b -> b);
        assertTrue(pair.handshake(Duration.ofSeconds(30)));
        return new long[] {pair.sim.now(), pair.client.dtls.stats().retransmitTimeouts(),
            pair.server.dtls.stats().retransmitTimeouts(), pair.client.dtls.stats().datagramsSent()};
    }

    @Test
    void handshakeTimesOutWhenThePeerNeverAnswers() {
        DtlsPair pair = new DtlsPair(41, LinkConditions.builder().loss(1.0).build(),
                b -> b.engineResendMillis(1).handshakeTimeout(Duration.ofSeconds(10)), b -> b);
        pair.client.start(pair.sim.now());
        assertTrue(pair.sim.runUntil(() -> pair.client.dtls.state() == DtlsState.FAILED, Duration.ofSeconds(20)));
        assertEquals(Duration.ofSeconds(10).toNanos(), pair.sim.now());
        assertTrue(pair.client.failure().reason().contains("timed out"), pair.client.failure().reason());
        assertEquals(3, pair.client.dtls.stats().retransmitTimeouts()); // at 1, 3, 7 s; 15 s is past the deadline
    }
}
