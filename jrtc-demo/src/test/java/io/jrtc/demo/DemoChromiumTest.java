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
 * fill; then a screenshot of the page is saved to target/demo-screenshot.png. The room mode: two
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
                assertEquals(List.of(), failures(report, 5), report);
            }
        }
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
