package io.jrtc.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The few figures the demo page charts, taken from one of jrtc's {@code getStats()} reports (as
 * its JSON, the shape a browser's {@code Object.fromEntries(report)} has) and sent to the page
 * once a second instead of the whole report:
 *
 * <pre>{@code {"timestamp":ms, "bytesSent":n, "bytesReceived":n, "roundTripTime":s, "packetsLost":n,
 *  "remotePacketsLost":n, "fractionLost":f}}</pre>
 *
 * <p>{@code roundTripTime} (seconds) is the selected candidate pair's {@code currentRoundTripTime}
 * when jrtc reports one, else the mean of the {@code remote-inbound-rtp} {@code roundTripTime}s
 * (RTCP, RFC 3550 section 6.4.1). {@code bytesSent}/{@code bytesReceived} are the transport's when
 * it counts them, else the sum over RTP streams and data channels. {@code packetsLost} is what
 * jrtc lost receiving ({@code inbound-rtp}), {@code remotePacketsLost} and {@code fractionLost}
 * what the browser reports losing of jrtc's packets ({@code remote-inbound-rtp}). A figure jrtc
 * does not report is absent.
 */
final class StatsSample {
    private StatsSample() {
    }

    static ObjectNode of(JsonNode report) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        double timestamp = 0;
        JsonNode transport = null;
        long sent = 0;
        long received = 0;
        long lost = 0;
        long remoteLost = 0;
        double fraction = -1;
        double rttSum = 0;
        int rtts = 0;
        boolean haveLost = false;
        boolean haveRemote = false;
        for (JsonNode s : report) {
            timestamp = Math.max(timestamp, s.path("timestamp").asDouble(0));
            switch (s.path("type").asText()) {
                case "transport" -> transport = s;
                case "outbound-rtp" -> sent += s.path("bytesSent").asLong(0);
                case "inbound-rtp" -> {
                    received += s.path("bytesReceived").asLong(0);
                    if (s.has("packetsLost")) {
                        lost += s.get("packetsLost").asLong();
                        haveLost = true;
                    }
                }
                case "data-channel" -> {
                    sent += s.path("bytesSent").asLong(0);
                    received += s.path("bytesReceived").asLong(0);
                }
                case "remote-inbound-rtp" -> {
                    haveRemote = true;
                    remoteLost += s.path("packetsLost").asLong(0);
                    fraction = Math.max(fraction, s.path("fractionLost").asDouble(0));
                    if (s.has("roundTripTime")) {
                        rttSum += s.get("roundTripTime").asDouble();
                        rtts++;
                    }
                }
                default -> {
                }
            }
        }
        JsonNode pair = transport == null ? null : report.get(transport.path("selectedCandidatePairId").asText(""));
        out.put("timestamp", timestamp);
        if (transport != null && transport.has("bytesSent") && transport.has("bytesReceived")) {
            sent = transport.get("bytesSent").asLong();
            received = transport.get("bytesReceived").asLong();
        }
        out.put("bytesSent", sent);
        out.put("bytesReceived", received);
        if (pair != null && pair.has("currentRoundTripTime")) {
            out.put("roundTripTime", pair.get("currentRoundTripTime").asDouble());
        } else if (rtts > 0) {
            out.put("roundTripTime", rttSum / rtts);
        }
        if (haveLost) {
            out.put("packetsLost", lost);
        }
        if (haveRemote) {
            out.put("remotePacketsLost", remoteLost);
            out.put("fractionLost", fraction);
        }
        return out;
    }
}
