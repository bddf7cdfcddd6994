package io.jrtc.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jrtc.webrtc.JrtcSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * WHIP publish from one headless Chromium, WHEP playback in a second one, jrtc forwarding the RTP;
 * the viewer then trickles with If-Match (428/412/204), restarts ICE with If-Match: * (200, new
 * ETag) and keeps decoding video over the new ICE session (RFC 9725 section 4.3).
 */
class WhipWhepChromiumTest {
    private static final JrtcSettings LOOPBACK = JrtcSettings.builder().loopbackOnly(true).build();

    @Test
    void aViewerDecodesWhatAPublisherSends() throws Exception {
        ReportSink sink = new ReportSink();
        try (DemoMain.Demo demo = new DemoMain.Demo("127.0.0.1", 0, LOOPBACK)) {
            demo.server.start();
            var reports = io.jrtc.signaling.SignalingServer.builder().route("/report", sink).build().start();
            String base = "http://localhost:" + demo.server.port() + "/whip-test.html?stream=cam&report=http://localhost:" + reports.port() + "/report&role=";
            try (reports; Chromium publisher = Chromium.open(base + "publish"); Chromium viewer = Chromium.open(base + "view")) {
                String report = sink.take(90);
                JsonNode checks = new ObjectMapper().readTree(report);
                List<String> failed = new ArrayList<>();
                checks.forEach(c -> {
                    if (!c.get("ok").asBoolean()) {
                        failed.add(c.get("name").asText() + ": " + c.get("detail").asText());
                    }
                });
                checks.forEach(c -> System.out.println("viewer: " + c.get("name").asText() + ": " + c.get("detail").asText()));
                assertEquals(8, checks.size(), report);
                assertEquals(List.of(), failed, report);
            }
        }
    }
}
