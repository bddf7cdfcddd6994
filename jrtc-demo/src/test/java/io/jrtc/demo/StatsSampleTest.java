package io.jrtc.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The compact sample the demo sends to the page, from reports shaped as jrtc's and a browser's. */
class StatsSampleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jrtcShapedReportSumsStreamsAndUsesRtcpRoundTrips() throws Exception {
        JsonNode report = JSON.readTree("""
                {"T01":{"id":"T01","timestamp":1000.5,"type":"transport","selectedCandidatePairId":"CP1"},
                 "CP1":{"id":"CP1","timestamp":1000.5,"type":"candidate-pair","nominated":true},
                 "OT01v1":{"id":"OT01v1","timestamp":1000.5,"type":"outbound-rtp","kind":"video","bytesSent":5000},
                 "OT01a2":{"id":"OT01a2","timestamp":1000.5,"type":"outbound-rtp","kind":"audio","bytesSent":700},
                 "RI01v1":{"id":"RI01v1","timestamp":1000.5,"type":"remote-inbound-rtp","packetsLost":3,"fractionLost":0.25,"roundTripTime":0.002},
                 "RI01a2":{"id":"RI01a2","timestamp":1000.5,"type":"remote-inbound-rtp","packetsLost":1,"fractionLost":0.0,"roundTripTime":0.004},
                 "IT01v9":{"id":"IT01v9","timestamp":1000.5,"type":"inbound-rtp","bytesReceived":8000,"packetsLost":2},
                 "IT01a8":{"id":"IT01a8","timestamp":1000.5,"type":"inbound-rtp","bytesReceived":900},
                 "D1":{"id":"D1","timestamp":1000.5,"type":"data-channel","bytesSent":10,"bytesReceived":20}}
                """);
        JsonNode s = StatsSample.of(report);
        assertEquals(1000.5, s.get("timestamp").asDouble());
        assertEquals(5710, s.get("bytesSent").asLong());
        assertEquals(8920, s.get("bytesReceived").asLong());
        assertEquals(0.003, s.get("roundTripTime").asDouble(), 1e-12);
        assertEquals(2, s.get("packetsLost").asLong());
        assertEquals(4, s.get("remotePacketsLost").asLong());
        assertEquals(0.25, s.get("fractionLost").asDouble());
    }

    @Test
    void browserShapedReportUsesTheTransportAndTheSelectedPair() throws Exception {
        JsonNode report = JSON.readTree("""
                {"T":{"id":"T","timestamp":5,"type":"transport","selectedCandidatePairId":"P","bytesSent":100,"bytesReceived":200},
                 "P":{"id":"P","timestamp":5,"type":"candidate-pair","currentRoundTripTime":0.001},
                 "O":{"id":"O","timestamp":5,"type":"outbound-rtp","bytesSent":60},
                 "R":{"id":"R","timestamp":5,"type":"remote-inbound-rtp","roundTripTime":0.5}}
                """);
        JsonNode s = StatsSample.of(report);
        assertEquals(100, s.get("bytesSent").asLong());
        assertEquals(200, s.get("bytesReceived").asLong());
        assertEquals(0.001, s.get("roundTripTime").asDouble(), "the pair's RTT wins over RTCP's");
        assertFalse(s.has("packetsLost"), "no inbound-rtp loss reported: absent, not zero");
    }

    @Test
    void anEmptyOrOddReportGivesZeroBytesAndNoOptionalFigures() throws Exception {
        for (String text : new String[] {"{}", "[]", "{\"x\":1}", "{\"T\":{\"type\":\"transport\",\"selectedCandidatePairId\":7}}"}) {
            JsonNode s = StatsSample.of(JSON.readTree(text));
            assertEquals(0, s.get("bytesSent").asLong(), text);
            assertFalse(s.has("roundTripTime") || s.has("packetsLost") || s.has("fractionLost"), text);
        }
    }
}
