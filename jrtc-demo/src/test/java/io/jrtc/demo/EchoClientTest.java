package io.jrtc.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.signaling.EchoEndpoint;
import io.jrtc.signaling.SignalingServer;
import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCConfiguration;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Response;
import org.junit.jupiter.api.Test;

/** {@code echo-client} against jrtc's own echo service on 127.0.0.1. */
class EchoClientTest {
    private static final JrtcSettings LOOPBACK = JrtcSettings.builder().loopbackOnly(true).build();

    @Test
    void everyMessageOfTheMixComesBackIdentical() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (EchoEndpoint echo = new EchoEndpoint(RTCConfiguration.defaults(), LOOPBACK);
                SignalingServer server = EchoMain.server("127.0.0.1", 0, echo).start()) {
            EchoClient.Result r = EchoClient.run(URI.create("http://127.0.0.1:" + server.port() + "/offer"), LOOPBACK, lines::add);
            assertEquals("4 passed, 0 failed", r.summary(), String.join("\n", lines));
            assertEquals(List.of("short text", "1 KB text", "16 KB binary", "64 KB binary"),
                    r.checks().stream().map(EchoClient.Check::name).toList());
            assertEquals(4, lines.size());
            assertTrue(lines.stream().allMatch(l -> l.startsWith("ok ")), String.join("\n", lines));
        }
    }

    @Test
    void aServerThatDoesNotEchoFailsEveryCheck() throws Exception {
        // A server that refuses every offer: the client must report failures, not pass.
        Handler refuse = new Handler.Abstract() {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, Response response, org.eclipse.jetty.util.Callback callback) {
                Response.writeError(request, response, callback, 503, "no echo here");
                return true;
            }
        };
        List<String> lines = new CopyOnWriteArrayList<>();
        try (SignalingServer server = SignalingServer.builder().route("/offer", refuse).build().start()) {
            EchoClient.Result r = EchoClient.run(URI.create("http://127.0.0.1:" + server.port() + "/offer"), LOOPBACK, lines::add);
            assertEquals("0 passed, 4 failed", r.summary());
            assertTrue(lines.get(0).contains("503"), lines.get(0));
        }
    }
}
