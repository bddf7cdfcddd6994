package io.jrtc.signaling;

import static io.jrtc.signaling.Events.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Response;
import org.junit.jupiter.api.Test;

class ServerLifecycleTest {

    @Test
    void bindsToLoopbackOnAFreePortAndServesExtraRoutesBesideTheWebSocket() throws Exception {
        Handler hello = new Handler.Abstract() {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, Response response,
                    org.eclipse.jetty.util.Callback callback) {
                response.setStatus(200);
                Content.Sink.write(response, true, "hello " + request.getMethod(), callback);
                return true;
            }
        };
        try (SignalingServer server = SignalingServer.builder().route("/hello/*", hello).build().start()) {
            assertEquals("127.0.0.1", server.host());
            assertTrue(server.port() > 0, "the chosen port is reported");
            assertEquals("ws://127.0.0.1:" + server.port() + "/ws", server.websocketUri().toString());

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(server.httpUri().resolve("/hello/x")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, ok.statusCode());
            assertEquals("hello GET", ok.body());
            HttpResponse<String> missing = http.send(HttpRequest.newBuilder(server.httpUri().resolve("/nothing")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
            HttpResponse<String> plainGetOfWs = http.send(HttpRequest.newBuilder(server.httpUri().resolve("/ws")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, plainGetOfWs.statusCode(), "a non-upgrade request to /ws is not served");

            try (SignalingClient c = SignalingClient.connect(server.websocketUri(), "room")) {
                expect(c, SignalingEvent.Joined.class);
            }
        }
    }

    @Test
    void closeEndsEveryConnectionWithGoingAwayAndIsIdempotent() throws Exception {
        // try-with-resources so a failed assertion does not leak the server or the clients; closing
        // twice is what this test checks is harmless.
        try (SignalingServer server = SignalingServer.builder().build().start();
             SignalingClient a = SignalingClient.connect(server.websocketUri(), "x");
             SignalingClient b = SignalingClient.connect(server.websocketUri())) {
            server.close();
            assertEquals(1001, a.closeFuture().get(Events.HANG_GUARD.toSeconds(), TimeUnit.SECONDS).statusCode());
            assertEquals(1001, b.closeFuture().get(Events.HANG_GUARD.toSeconds(), TimeUnit.SECONDS).statusCode());
            server.close();
            assertThrows(IllegalStateException.class, server::start);
            assertThrows(SignalingException.class, () -> SignalingClient.connect(server.websocketUri(), "x"));
        }
    }

    @Test
    void idleConnectionsAreClosedAndTheirEmptyRoomsRemoved() throws Exception {
        try (SignalingServer server = SignalingServer.builder().idleTimeout(Duration.ofMillis(500)).build().start()) {
            // Joining by path needs no message from the client, so even a slow start cannot idle
            // out before the join.
            java.net.URI quiet = java.net.URI.create(server.websocketUri() + "/quiet");
            SignalingClient a = SignalingClient.connect(quiet);
            SignalingClient b = SignalingClient.connect(quiet);
            assertEquals("quiet", expect(a, SignalingEvent.Joined.class).room());
            assertEquals("quiet", expect(b, SignalingEvent.Joined.class).room());
            // Nobody speaks: the server closes both connections, and the room goes with them.
            a.closeFuture().get(Events.HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
            b.closeFuture().get(Events.HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
            awaitRooms(server, 0);
            assertEquals(0, server.stats().members());
        }
    }

    @Test
    void theLastMemberLeavingRemovesTheRoom() throws Exception {
        try (SignalingServer server = SignalingServer.builder().build().start();
             SignalingClient a = SignalingClient.connect(server.websocketUri(), "gone")) {
            expect(a, SignalingEvent.Joined.class);
            assertEquals(1, server.stats().rooms());
            a.leave();
            expect(a, SignalingEvent.Left.class);
            assertEquals(0, server.stats().rooms(), "the room is removed before 'left' is sent");
            assertEquals(1, server.stats().connections());
        }
    }

    @Test
    void aTakenPortFailsToStartWithoutHarmingTheServerHoldingIt() throws Exception {
        try (SignalingServer first = SignalingServer.builder().build().start()) {
            SignalingServer second = SignalingServer.builder().port(first.port()).build();
            java.io.IOException e = assertThrows(java.io.IOException.class, second::start);
            assertTrue(e.getMessage() != null, "the failure says why");
            second.close();
            try (SignalingClient c = SignalingClient.connect(first.websocketUri(), "still")) {
                expect(c, SignalingEvent.Joined.class);
            }
        }
    }

    @Test
    void builderRejectsNonsense() {
        SignalingServer.Builder b = SignalingServer.builder();
        assertThrows(IllegalArgumentException.class, () -> b.port(70000));
        assertThrows(IllegalArgumentException.class, () -> b.maxRoomMembers(0));
        assertThrows(IllegalArgumentException.class, () -> b.maxMessageBytes(-1));
        assertThrows(IllegalArgumentException.class, () -> b.websocketPath("ws"));
        assertThrows(IllegalArgumentException.class, () -> b.idleTimeout(Duration.ZERO));
    }

    private static void awaitRooms(SignalingServer server, int rooms) throws InterruptedException {
        // The server notices the close on its own thread; poll its state, guarded against a hang.
        long deadline = System.nanoTime() + Events.HANG_GUARD.toNanos();
        while (server.stats().rooms() != rooms) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("rooms stayed at " + server.stats().rooms());
            }
            Thread.sleep(10);
        }
    }
}
