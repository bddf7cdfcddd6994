package io.jrtc.webrtc.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.Host;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCStats;
import io.jrtc.webrtc.RTCStatsReport;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two dual-stack peers on a fast link, in virtual time: the data channel may open before the
 * controlling side has selected a pair (data flows on the best valid pair before nomination,
 * RFC 8445 §12.1; DTLS and SCTP take a few round trips, the nominating check waits for the next
 * Ta slot of 50 ms), but the selection follows within that Ta slot and a round trip, and then
 * getStats names a nominated selected pair.
 */
class SelectionTimingSimulationTest {
    private static final Duration ONE_WAY = Duration.ofMillis(1);
    private static final long TA_MILLIS = 50;

    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43})
    void theSelectedPairFollowsTheOpenChannelWithinATaSlot(long seed) {
        SimWorld w = new SimWorld(seed);
        Host ha = w.sim.host("198.51.100.1", "2001:db8::1");
        Host hb = w.sim.host("198.51.100.2", "2001:db8::2");
        w.sim.link(ha, hb, LinkConditions.builder().delay(ONE_WAY).build());
        w.peers(ha, hb);
        RTCDataChannel ch = w.a.pc.createDataChannel("x");
        long start = w.sim.now();
        w.negotiate();
        w.until(() -> ch.readyState() == RTCDataChannelState.OPEN, Duration.ofSeconds(10), "open");
        long openAt = w.sim.now();
        w.until(() -> w.a.pc.iceTransport().getSelectedCandidatePair().isPresent(), Duration.ofSeconds(10),
                "a selected pair at a");
        long after = (w.sim.now() - openAt) / 1_000_000;
        long bound = TA_MILLIS + 4 * ONE_WAY.toMillis();
        assertTrue(after <= bound, () -> "selected " + after + " ms after the channel opened ("
                + (openAt - start) / 1_000_000 + " ms after negotiation), more than a Ta slot and a round trip");

        RTCStatsReport r = SimWorld.done(w.a.pc.getStats(), "getStats");
        String id = (String) r.ofType("transport").get(0).get("selectedCandidatePairId");
        assertTrue(id != null, r::toJSON);
        RTCStats pair = r.get(id).orElseThrow(() -> new AssertionError(r.toJSON()));
        assertEquals(Boolean.TRUE, pair.get("nominated"), pair::toJSON);
        assertEquals("succeeded", pair.get("state"), pair::toJSON);
    }
}
