package io.jrtc.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jrtc.webrtc.JrtcSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo page driven in headless Chromium (the page's own ?autotest mode reports back over
 * HTTP): a chat line goes round, a file's SHA-256 matches, the echoed video decodes, the charts
 * fill with both the browser's and jrtc's series, and jrtc's figures are plausible; then a
 * screenshot of the page is saved to target/demo-screenshot.png. The room mode: two
 * Chromiums join one room and call each other with jrtc only signaling.
 */
class DemoChromiumTest {
    private static final JrtcSettings LOOPBACK = JrtcSettings.builder().loopbackOnly(true).build();

    private static List<String> failures(String report, int expected) throws Exception {
        JsonNode checks = new ObjectMapper().readTree(report);
        assertEquals(expected, checks.size(), report);
        List<String> failed = new ArrayList<>();
        checks.forEach(c -> {
            if (!c.get("ok").asBoolean()) {
                failed.add(c.get("name").asText() + ": " + c.get("detail").asText());
            }
        });
        return failed;
    }

    @Test
    void chatFileVideoAndChartsWorkAgainstJrtc() throws Exception {
        ReportSink sink = new ReportSink();
        try (DemoMain.Demo demo = new DemoMain.Demo("127.0.0.1", 0, LOOPBACK);
                var reports = io.jrtc.signaling.SignalingServer.builder().route("/report", sink).build().start()) {
            demo.server.start();
            String url = "http://localhost:" + demo.server.port() + "/?autotest=http://localhost:" + reports.port() + "/report";
            try (Chromium chromium = Chromium.open(url, "--remote-debugging-port=0", "--window-size=1280,1100")) {
                String report = sink.take(120);
                byte[] png = DevTools.screenshot(chromium.userDataDir());
                Path out = Path.of("target", "demo-screenshot.png");
                Files.write(out, png);
                assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG screenshot");
                assertEquals(List.of(), failures(report, 6), report);
                JsonNode jrtc = null;
                for (JsonNode check : new ObjectMapper().readTree(report)) {
                    jrtc = check.get("name").asText().equals("jrtc series") ? check : jrtc;
                }
                jrtcSeriesArePlausible(jrtc);
            }
        }
    }

    /**
     * jrtc's samples (sent by the jrtc peer on the "stats" channel, once a second) as the page got
     * them and as it charted them: several samples, bytes that only grow (and do grow, with the
     * camera echoed both ways), a round-trip time that is positive at least once and never absurd,
     * and a loss count that is a count.
     */
    private static void jrtcSeriesArePlausible(JsonNode entry) {
        assertTrue(entry != null, "the page reported jrtc's series");
        JsonNode samples = entry.get("samples");
        assertTrue(samples.size() >= 4, "jrtc samples: " + samples);
        JsonNode first = samples.get(0);
        JsonNode last = samples.get(samples.size() - 1);
        for (int i = 1; i < samples.size(); i++) {
            JsonNode a = samples.get(i - 1);
            JsonNode b = samples.get(i);
            assertTrue(b.get("timestamp").asDouble() > a.get("timestamp").asDouble(), "sample times advance: " + samples);
            assertTrue(b.get("bytesSent").asLong() >= a.get("bytesSent").asLong(), "bytesSent never shrinks: " + samples);
            assertTrue(b.get("bytesReceived").asLong() >= a.get("bytesReceived").asLong(), "bytesReceived never shrinks: " + samples);
        }
        assertTrue(last.get("bytesSent").asLong() > first.get("bytesSent").asLong(), "jrtc sent the echo: " + samples);
        assertTrue(last.get("bytesReceived").asLong() > first.get("bytesReceived").asLong(), "jrtc received the camera: " + samples);
        JsonNode series = entry.get("series");
        double maxRtt = 0;
        for (JsonNode ms : series.get("rtt")) {
            assertTrue(ms.asDouble() >= 0 && ms.asDouble() < 5_000, "a round-trip time in ms: " + series.get("rtt"));
            maxRtt = Math.max(maxRtt, ms.asDouble());
        }
        assertTrue(series.get("rtt").size() >= 3 && maxRtt > 0, "jrtc's RTT series: " + series.get("rtt"));
        for (String name : List.of("sends", "receives")) {
            assertTrue(series.get(name).size() >= 3, name + ": " + series.get(name));
            double max = 0;
            for (JsonNode kbps : series.get(name)) {
                assertTrue(kbps.asDouble() >= 0, name + " kbit/s: " + series.get(name));
                max = Math.max(max, kbps.asDouble());
            }
            assertTrue(max > 10, "the echoed camera is more than 10 kbit/s " + name + ": " + series.get(name));
        }
        assertTrue(series.get("lost").size() >= 3, "jrtc's loss series: " + series.get("lost"));
        series.get("lost").forEach(n -> assertTrue(n.canConvertToLong() && n.asLong() >= 0, "packets lost: " + series.get("lost")));
        System.out.println("figure: jrtc's last stats sample on the demo page: " + last);
    }

    @Test
    void twoBrowsersCallEachOtherThroughARoom() throws Exception {
        ReportSink sink = new ReportSink();
        try (DemoMain.Demo demo = new DemoMain.Demo("127.0.0.1", 0, LOOPBACK)) {
            demo.server.start();
            var reports = io.jrtc.signaling.SignalingServer.builder().route("/report", sink).build().start();
            String base = "http://localhost:" + demo.server.port() + "/?room=test-room&roomtest=http://localhost:" + reports.port() + "/report&who=";
            try (reports; Chromium first = Chromium.open(base + "first")) {
                awaitRoomMember(demo.server); // the first is in the room before the second calls it
                try (Chromium second = Chromium.open(base + "second")) {
                    List<String> failed = new ArrayList<>(failures(sink.take(90), 2));
                    failed.addAll(failures(sink.take(30), 2));
                    assertEquals(List.of(), failed);
                }
            }
        }
    }

    /** Waits until the server counts a room member; the bound is a hang guard only. */
    private static void awaitRoomMember(io.jrtc.signaling.SignalingServer server) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (server.stats().members() < 1) {
            assertTrue(System.nanoTime() < deadline, "the first browser never joined the room: " + server.stats());
            Thread.sleep(20);
        }
    }
}
