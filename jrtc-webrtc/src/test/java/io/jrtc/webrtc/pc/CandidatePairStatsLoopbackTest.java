package io.jrtc.webrtc.pc;

import static io.jrtc.webrtc.pc.Peers.await;
import static io.jrtc.webrtc.pc.Peers.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCStats;
import io.jrtc.webrtc.RTCStatsReport;
import io.jrtc.webrtc.internal.json.JsonReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The candidate-pair entries of getStats() on a real loopback connection, and their JSON. */
class CandidatePairStatsLoopbackTest {
    private static final List<String> COUNTERS = List.of("packetsSent", "packetsReceived", "bytesSent", "bytesReceived",
            "requestsReceived", "requestsSent", "responsesReceived", "responsesSent", "consentRequestsSent");

    private static RTCStats selectedPair(RTCStatsReport r) {
        String id = (String) r.ofType("transport").get(0).get("selectedCandidatePairId");
        return r.get(id).orElseThrow(() -> new AssertionError("no selected pair " + id + " in " + r.toJSON()));
    }

    @Test
    void theSelectedPairReportsRoundTripAndCheckCounters() {
        try (Peers p = new Peers()) {
            RTCDataChannel ch = p.a.pc.createDataChannel("rtt");
            p.negotiate();
            until(() -> ch.readyState() == RTCDataChannelState.OPEN, "open");
            ch.send("one message");
            // A check answered after a retransmission is not timed (Karn): on a loaded machine the
            // first sample may wait for a consent check, at most about 6 s later.
            // Data flows on the best valid pair before nomination: wait for the selected one too.
            until(() -> p.a.pc.iceTransport().getSelectedCandidatePair().isPresent()
                    && selectedPair(await(p.a.pc.getStats(), "stats")).get("currentRoundTripTime") != null,
                    "a selected pair with a round-trip sample", () -> p.a.pc.getStats().join().toJSON());

            RTCStatsReport r = await(p.a.pc.getStats(), "stats");
            String selectedId = (String) r.ofType("transport").get(0).get("selectedCandidatePairId");
            RTCStats pair = selectedPair(r);
            assertEquals("candidate-pair", pair.type());
            assertTrue(pair.get("currentRoundTripTime") instanceof Double rtt && rtt > 0, pair::toJSON);
            assertTrue((Double) pair.get("totalRoundTripTime") >= (Double) pair.get("currentRoundTripTime"),
                    pair::toJSON);
            assertTrue((Long) pair.get("responsesReceived") > 0, pair::toJSON);
            assertTrue((Long) pair.get("responsesReceived") <= (Long) pair.get("requestsSent"), pair::toJSON);
            assertTrue((Long) pair.get("packetsSent") > 0 && (Long) pair.get("packetsReceived") > 0, pair::toJSON);
            assertTrue((Double) pair.get("lastPacketSentTimestamp") <= pair.timestamp(), pair::toJSON);

            // Every pair of the check list is reported, each pointing at candidates in the report.
            List<RTCStats> pairs = r.ofType("candidate-pair");
            assertEquals(1, pairs.stream().filter(s -> s.id().equals(selectedId)).count(), r::toJSON);
            for (RTCStats s : pairs) {
                assertEquals("local-candidate", r.get((String) s.get("localCandidateId")).orElseThrow().type());
                assertEquals("remote-candidate", r.get((String) s.get("remoteCandidateId")).orElseThrow().type());
                assertTrue(List.of("frozen", "waiting", "in-progress", "failed", "succeeded").contains(s.get("state")),
                        s::toJSON);
            }

            // The JSON a browser's JSON.stringify would give: counters as integers, times as numbers.
            @SuppressWarnings("unchecked")
            Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) JsonReader.parse(r.toJSON()))
                    .get(selectedId);
            assertEquals(selectedId, json.get("id"));
            assertEquals("candidate-pair", json.get("type"));
            assertEquals("T01", json.get("transportId"));
            assertEquals(Boolean.TRUE, json.get("nominated"));
            for (String counter : COUNTERS) {
                BigDecimal v = (BigDecimal) json.get(counter);
                assertTrue(v != null && v.scale() <= 0 && v.signum() >= 0, () -> counter + " in " + pair.toJSON());
            }
            BigDecimal rtt = (BigDecimal) json.get("currentRoundTripTime");
            assertTrue(rtt.signum() > 0 && rtt.compareTo(BigDecimal.ONE) < 0, () -> "seconds, not ms: " + pair.toJSON());
            assertFalse(json.containsKey("availableOutgoingBitrate"), pair::toJSON);
        }
    }
}
