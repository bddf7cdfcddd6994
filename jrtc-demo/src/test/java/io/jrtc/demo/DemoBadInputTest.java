package io.jrtc.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.signaling.ErrorCode;
import io.jrtc.signaling.SignalingClient;
import io.jrtc.signaling.SignalingEvent;
import io.jrtc.webrtc.JrtcSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Bad input on every endpoint the demo server has (page files, {@code /demo/offer}, {@code /offer},
 * WHIP, WHEP, the signaling WebSocket), sent from several threads at once while a well-behaved jrtc
 * client uses the server: every bad request gets a 4xx that names the problem, and the good client
 * is served as if nothing happened. Bounded: a fixed number of rounds.
 */
class DemoBadInputTest {
    private static final JrtcSettings LOOPBACK = JrtcSettings.builder().loopbackOnly(true).build();
    private static final Duration GUARD = Duration.ofSeconds(30);
    private static final int ROUNDS = 3;
    private static final int THREADS = 4;

    /** One bad request and the status and text its answer must have. */
    record Case(String method, String path, String type, String body, int status, String says) {
    }

    private static List<Case> cases() {
        String hugeJson = "{\"type\":\"offer\",\"sdp\":\"" + "x".repeat(400_000) + "\"}";
        String hugeSdp = "v=0\r\n" + "a=x\r\n".repeat(70_000);
        String trickle = "a=ice-ufrag:abcd\r\na=ice-pwd:abcdefghijklmnopqrstuvwx\r\na=candidate:1 1 udp 1 127.0.0.1 9 typ host\r\n";
        return List.of(
                new Case("GET", "/no-such-page.html", null, null, 404, "no such page"),
                new Case("GET", "/demo.exe", null, null, 404, "no such page"),
                new Case("GET", "/.hidden.js", null, null, 404, "no such page"),
                new Case("POST", "/index.html", "text/plain", "hi", 405, "only GET"),
                new Case("GET", "/demo/offer", null, null, 405, "method-not-allowed"),
                new Case("POST", "/demo/offer", "application/json", "{\"type\":\"offer\"", 400, "malformed-json"),
                new Case("POST", "/demo/offer", "application/json", "{\"type\":\"offer\",\"sdp\":\"v=0\\r\\nbroken\\r\\n\"}", 400, "bad-offer"),
                new Case("POST", "/demo/offer", "application/json", "{\"type\":\"answer\",\"sdp\":\"v=0\"}", 400, "not-an-offer"),
                new Case("POST", "/demo/offer", "application/xml", "<offer/>", 415, "unsupported-media-type"),
                new Case("POST", "/demo/offer", "text/plain", "offer please", 400, "malformed-json"),
                new Case("POST", "/demo/offer", "application/json", hugeJson, 413, "body-too-large"),
                new Case("POST", "/offer", "application/json", "[]", 400, "malformed-json"),
                new Case("POST", "/offer", "application/json", hugeJson, 413, "body-too-large"),
                new Case("POST", "/whip/cam", "application/json", "{}", 415, "application/sdp"),
                new Case("POST", "/whip/cam", "application/sdp", "hello", 400, "bad-offer"),
                new Case("POST", "/whep/cam", "application/sdp", "v=0\r\nnonsense\r\n", 400, "bad-offer"),
                new Case("POST", "/whip/cam", "application/sdp", hugeSdp, 413, "body-too-large"),
                new Case("PATCH", "/whip/cam/000000000000000000000000", "application/trickle-ice-sdpfrag", trickle, 404, "no-such-session"),
                new Case("DELETE", "/whep/cam/unknown", null, null, 404, "no-such-session"),
                new Case("POST", "/whip/a/b/c", "application/sdp", "v=0", 404, "not-found"),
                new Case("PUT", "/whep/cam", "application/sdp", "v=0", 405, "method-not-allowed"));
    }

    private static HttpResponse<String> send(HttpClient http, int port, Case c) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + c.path())).timeout(GUARD);
        if (c.type() != null) {
            b.header("Content-Type", c.type());
        }
        b.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(c.body()));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyEndpointAnswersBadInputWithA4xxAndKeepsServingOthers() throws Exception {
        try (DemoMain.Demo demo = new DemoMain.Demo("127.0.0.1", 0, LOOPBACK);
                HttpClient http = HttpClient.newBuilder().connectTimeout(GUARD).build();
                ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            demo.server.start();
            int port = demo.server.port();
            URI demoOffer = URI.create("http://127.0.0.1:" + port + "/demo/offer");
            List<String> goodLines = new CopyOnWriteArrayList<>();
            Future<EchoClient.Result> good = pool.submit(() -> EchoClient.run(demoOffer, LOOPBACK, goodLines::add));

            List<String> wrong = new CopyOnWriteArrayList<>();
            List<Future<?>> attackers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                attackers.add(pool.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        for (Case c : cases()) {
                            HttpResponse<String> r = send(http, port, c);
                            if (r.statusCode() != c.status() || !r.body().contains(c.says())) {
                                wrong.add(c.method() + " " + c.path() + " (" + c.type() + ") -> " + r.statusCode() + " "
                                        + r.body().substring(0, Math.min(200, r.body().length())));
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : attackers) {
                f.get(3 * GUARD.toSeconds(), TimeUnit.SECONDS);
            }
            assertEquals(List.of(), wrong.size() > 10 ? wrong.subList(0, 10) : wrong, wrong.size() + " wrong answers");

            // A body far over every limit (20 MB, length declared): a clear 413, whether the client
            // waits for 100 Continue (then the body is never sent) or sends it all at once.
            for (boolean expectContinue : new boolean[] {true, false}) {
                for (String path : List.of("/demo/offer", "/whip/cam")) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .timeout(GUARD).expectContinue(expectContinue)
                            .header("Content-Type", path.startsWith("/whip") ? "application/sdp" : "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("v".repeat(20 << 20))).build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(413, r.statusCode(), path + " expect-continue " + expectContinue + ": " + r.body());
                    assertTrue(r.body().contains("body-too-large"), r.body());
                }
            }

            // The signaling WebSocket: a bad room name in the path and malformed messages get
            // errors; the connection stays usable and can still join a room.
            try (SignalingClient ws = SignalingClient.connect(URI.create("ws://127.0.0.1:" + port + "/ws/bad%20room"))) {
                assertEquals(ErrorCode.BAD_ROOM, error(ws).code());
                ws.send("{\"type\":");
                assertEquals(ErrorCode.MALFORMED_JSON, error(ws).code());
                ws.send("{\"type\":\"signal\",\"data\":{}}");
                assertEquals(ErrorCode.BAD_SIGNAL, error(ws).code());
                ws.join("fine");
                assertEquals("fine", ((SignalingEvent.Joined) ws.poll(GUARD)).room());
            }

            EchoClient.Result served = good.get(3 * GUARD.toSeconds(), TimeUnit.SECONDS);
            assertEquals("4 passed, 0 failed", served.summary(), String.join("\n", goodLines));
            List<String> afterwards = new CopyOnWriteArrayList<>();
            EchoClient.Result echo = EchoClient.run(URI.create("http://127.0.0.1:" + port + "/offer"), LOOPBACK, afterwards::add);
            assertEquals("4 passed, 0 failed", echo.summary(), String.join("\n", afterwards));
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("jrtc demo"), "the page is still served");
        }
    }

    private static SignalingEvent.Error error(SignalingClient c) throws InterruptedException {
        SignalingEvent e = c.poll(GUARD);
        assertTrue(e instanceof SignalingEvent.Error, "expected an error, got " + e);
        return (SignalingEvent.Error) e;
    }
}
