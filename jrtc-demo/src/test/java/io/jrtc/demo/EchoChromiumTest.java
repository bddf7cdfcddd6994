package io.jrtc.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jrtc.signaling.EchoEndpoint;
import io.jrtc.signaling.SignalingServer;
import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCConfiguration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The echo service against headless Chromium: the page comes from one localhost origin and posts
 * its offer to the echo service on another port (so CORS is exercised), then reports its checks.
 */
class EchoChromiumTest {
    private static final JrtcSettings LOOPBACK = JrtcSettings.builder().loopbackOnly(true).build();

    private static List<String> runPage(String query, int expectedChecks) throws Exception {
        ReportSink sink = new ReportSink();
        try (EchoEndpoint echo = new EchoEndpoint(RTCConfiguration.defaults(), LOOPBACK);
                SignalingServer echoServer = EchoMain.server("127.0.0.1", 0, echo).start();
                SignalingServer pages = SignalingServer.builder().route("/report", sink).route("/", new WebResources()).build().start()) {
            String url = "http://localhost:" + pages.port() + "/echo-test.html?offer=http://localhost:" + echoServer.port()
                    + "/offer&report=/report" + query;
            String report;
            try (Chromium chromium = Chromium.open(url)) {
                report = sink.take(90);
            }
            JsonNode checks = new ObjectMapper().readTree(report);
            List<String> failed = new ArrayList<>();
            checks.forEach(c -> {
                if (!c.get("ok").asBoolean()) {
                    failed.add(c.get("name").asText() + ": " + c.get("detail").asText());
                }
            });
            assertEquals(expectedChecks, checks.size(), report);
            return failed;
        }
    }

    @Test
    void chromiumGetsEveryDataChannelMessageBack() throws Exception {
        assertEquals(List.of(), runPage("", 4));
    }

    @Test
    void chromiumDecodesItsOwnVideoEchoedBack() throws Exception {
        assertEquals(List.of(), runPage("&media=1", 5));
    }
}
