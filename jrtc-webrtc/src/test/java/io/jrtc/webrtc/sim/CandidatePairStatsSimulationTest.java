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
import org.junit.jupiter.api.Test;

/**
 * The selected candidate pair's RTCIceCandidatePairStats in virtual time: with a fixed one-way
 * delay the STUN round trip is exactly twice it, and consent checks (RFC 7675) keep it current.
 */
class CandidatePairStatsSimulationTest {

    private static RTCStats selectedPair(RTCStatsReport r) {
        String id = (String) r.ofType("transport").get(0).get("selectedCandidatePairId");
        assertTrue(id != null, r::toJSON);
        return r.get(id).orElseThrow(() -> new AssertionError("no " + id + " in " + r.toJSON()));
    }

    private static long count(RTCStats s, String member) {
        Object v = s.get(member);
        assertTrue(v instanceof Long, () -> member + " is not an integer in " + s.toJSON());
        return (Long) v;
    }

    private static double seconds(RTCStats s, String member) {
        Object v = s.get(member);
        assertTrue(v instanceof Double, () -> member + " is not a double in " + s.toJSON());
        return (Double) v;
    }

    @Test
    void roundTripIsTwiceTheDelayAndConsentChecksKeepItCurrent() {
        SimWorld w = new SimWorld(31);
        Host ha = w.sim.host("198.51.100.1");
        Host hb = w.sim.host("198.51.100.2");
        w.sim.link(ha, hb, LinkConditions.builder().delay(Duration.ofMillis(40)).build());
        w.peers(ha, hb);
        RTCDataChannel ch = w.a.pc.createDataChannel("x");
        w.negotiate();
        w.connect(Duration.ofSeconds(10));
        w.until(() -> ch.readyState() == RTCDataChannelState.OPEN, Duration.ofSeconds(10), "open");
        w.sim.runFor(Duration.ofSeconds(20));

        RTCStatsReport first = SimWorld.done(w.a.pc.getStats(), "getStats");
        RTCStats p = selectedPair(first);
        assertEquals("candidate-pair", p.type());
        assertEquals("succeeded", p.get("state"));
        assertEquals(Boolean.TRUE, p.get("nominated"));
        assertEquals(0.080, seconds(p, "currentRoundTripTime"), 1e-12, p::toJSON);
        long timed = count(p, "roundTripTimeMeasurements");
        assertEquals(0.080 * timed, seconds(p, "totalRoundTripTime"), 1e-9, p::toJSON);
        assertTrue(count(p, "responsesReceived") > 0 && count(p, "responsesReceived") <= count(p, "requestsSent"),
                p::toJSON);
        assertTrue(count(p, "consentRequestsSent") >= 3, p::toJSON);
        assertEquals(count(p, "requestsReceived"), count(p, "responsesSent"), p::toJSON);
        assertTrue(count(p, "packetsSent") > 0 && count(p, "bytesSent") > count(p, "packetsSent"), p::toJSON);
        assertTrue(count(p, "packetsReceived") > 0, p::toJSON);
        assertTrue(seconds(p, "lastPacketReceivedTimestamp") <= p.timestamp(), p::toJSON);
        assertTrue(seconds(p, "lastPacketSentTimestamp") <= p.timestamp(), p::toJSON);
        assertTrue(first.get((String) p.get("localCandidateId")).isPresent(), first::toJSON);
        assertTrue(first.get((String) p.get("remoteCandidateId")).isPresent(), first::toJSON);

        // A slower path: the consent checks that follow measure it.
        w.sim.link(ha, hb, LinkConditions.builder().delay(Duration.ofMillis(60)).build());
        w.sim.runFor(Duration.ofSeconds(15));
        RTCStats later = selectedPair(SimWorld.done(w.a.pc.getStats(), "getStats"));
        assertEquals(0.120, seconds(later, "currentRoundTripTime"), 1e-12, later::toJSON);
        assertTrue(count(later, "consentRequestsSent") >= count(p, "consentRequestsSent") + 2, later::toJSON);
        assertTrue(count(later, "responsesReceived") > count(p, "responsesReceived"), later::toJSON);
        assertTrue(count(later, "roundTripTimeMeasurements") > timed, later::toJSON);

        // The controlled side times its own consent checks the same way.
        RTCStats atB = selectedPair(SimWorld.done(w.b.pc.getStats(), "getStats at b"));
        assertEquals(0.120, seconds(atB, "currentRoundTripTime"), 1e-12, atB::toJSON);
    }
}
