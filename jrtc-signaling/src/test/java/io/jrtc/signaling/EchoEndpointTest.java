package io.jrtc.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The echo endpoint's HTTP surface: CORS, preflight, and a JSON error for every kind of bad request. */
class EchoEndpointTest {
    private static final JrtcSettings LOOPBACK = JrtcSettings.builder().loopbackOnly(true).build();

    private static HttpResponse<String> send(HttpClient http, int port, String method, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/offer"))
                .header("Origin", "http://localhost:9999");
        if (type != null) {
            b.header("Content-Type", type);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void badRequestsGetJsonErrorsAndTheServiceKeepsServing() throws Exception {
        try (EchoEndpoint echo = new EchoEndpoint(RTCConfiguration.defaults(), LOOPBACK);
                SignalingServer server = SignalingServer.builder().route("/offer", echo.handler()).build().start();
                HttpClient http = HttpClient.newHttpClient()) {
            int port = server.port();
            HttpResponse<String> preflight = send(http, port, "OPTIONS", null, null);
            assertEquals(204, preflight.statusCode());
            assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("POST"));
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().contains("Content-Type"));

            record Case(String method, String type, String body, int status, String error) {
            }
            for (Case c : new Case[] {
                new Case("GET", null, null, 405, "method-not-allowed"),
                new Case("POST", "application/json", "{\"type\":\"offer\"", 400, "malformed-json"),
                new Case("POST", "application/json", "[1,2]", 400, "malformed-json"),
                new Case("POST", "application/json", "{\"type\":\"answer\",\"sdp\":\"v=0\"}", 400, "not-an-offer"),
                new Case("POST", "application/json", "{\"type\":\"offer\"}", 400, "missing-sdp"),
                new Case("POST", "application/json", "{\"type\":\"offer\",\"sdp\":\"v=0\\r\\nnonsense\\r\\n\"}", 400, "bad-offer"),
                new Case("POST", "application/xml", "<offer/>", 415, "unsupported-media-type"),
                new Case("POST", "application/json", "{\"type\":\"offer\",\"sdp\":\"" + "x".repeat(300_000) + "\"}", 413, "body-too-large"),
            }) {
                HttpResponse<String> r = send(http, port, c.method(), c.type(), c.body());
                assertEquals(c.status(), r.statusCode(), c + " -> " + r.body());
                assertTrue(r.body().contains("\"error\":\"" + c.error() + "\""), r.body());
                assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElseThrow(), "errors carry CORS too");
            }
            assertEquals(0, echo.activePeers(), "refused offers leave no peer connection behind");

            // After all that, a real offer is still answered and its data channel echoed.
            try (RTCPeerConnection pc = new RTCPeerConnection(RTCConfiguration.defaults(), LOOPBACK)) {
                RTCDataChannel channel = pc.createDataChannel("echo");
                CompletableFuture<String> echoed = new CompletableFuture<>();
                channel.onOpen(() -> channel.send("still serving"));
                channel.onMessage(m -> echoed.complete(m.isText() ? m.text() : "(binary)"));
                String offer = WhipWhepTest.offer(pc);
                String json = JsonNodeFactory.instance.objectNode().put("type", "offer").put("sdp", offer).toString();
                HttpResponse<String> r = send(http, port, "POST", "application/json", json);
                assertEquals(200, r.statusCode(), r.body());
                JsonNode answer = new ObjectMapper().readTree(r.body());
                assertEquals("answer", answer.get("type").asText());
                pc.setRemoteDescription(RTCSessionDescription.of(RTCSdpType.ANSWER, answer.get("sdp").asText())).get(10, TimeUnit.SECONDS);
                assertEquals("still serving", echoed.get(20, TimeUnit.SECONDS));
                assertEquals(1, echo.activePeers());
            }
        }
    }
}
