package io.jrtc.signaling;

import static io.jrtc.signaling.Events.drain;
import static io.jrtc.signaling.Events.expect;
import static io.jrtc.signaling.Events.expectError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every refused message gets an error naming the problem, and the connection keeps working. */
class BadInputTest {
    private static final int MAX = 1024;
    private static final SignalPayload OFFER = new SignalPayload.Description("offer", "v=0\r\n");

    private SignalingServer server;
    private URI ws;

    @BeforeEach
    void start() throws Exception {
        server = SignalingServer.builder().maxRoomMembers(2).maxRooms(3).maxMessageBytes(MAX).build().start();
        ws = server.websocketUri();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** a and b in room "r"; the checks send bad input from a and then prove a still works. */
    private void assertStillWorks(SignalingClient a, SignalingClient b) throws InterruptedException {
        a.signal(OFFER);
        assertEquals(new SignalingEvent.Signal(a.id(), null, OFFER), expect(b, SignalingEvent.Signal.class));
        assertEquals(List.of(), drain(a));
    }

    @Test
    void malformedAndUnknownMessagesGetErrorsAndTheConnectionStaysUsable() throws Exception {
        try (SignalingClient a = SignalingClient.connect(ws, "r"); SignalingClient b = SignalingClient.connect(ws, "r")) {
            expect(a, SignalingEvent.Joined.class);
            expect(a, SignalingEvent.PeerJoined.class);
            expect(b, SignalingEvent.Joined.class);

            String[][] cases = {
                {"{\"type\":\"join\"", "malformed-json"},
                {"not json at all", "malformed-json"},
                {"", "malformed-json"},
                {"{} {}", "malformed-json"},
                {"{\"type\":\"ping\",\"type\":\"leave\"}", "malformed-json"},
                {"[1,2]", "not-an-object"},
                {"\"signal\"", "not-an-object"},
                {"{}", "missing-field"},
                {"{\"type\":42}", "bad-field"},
                {"{\"type\":\"hello\"}", "unknown-type"},
                {"{\"type\":\"offer\",\"sdp\":\"v=0\"}", "unknown-type"},
                {"{\"type\":\"signal\"}", "missing-field"},
                {"{\"type\":\"signal\",\"data\":\"x\"}", "bad-signal"},
                {"{\"type\":\"signal\",\"data\":{\"type\":\"bogus\",\"sdp\":\"\"}}", "bad-signal"},
                {"{\"type\":\"signal\",\"data\":{\"type\":\"offer\"}}", "bad-signal"},
                {"{\"type\":\"signal\",\"data\":{\"candidate\":\"c\",\"sdpMLineIndex\":-1}}", "bad-signal"},
                {"{\"type\":\"signal\",\"data\":{\"candidate\":7}}", "bad-signal"},
                {"{\"type\":\"signal\",\"data\":{\"foo\":1}}", "bad-signal"},
                {"{\"type\":\"signal\",\"to\":\"nobody\",\"data\":{\"candidate\":\"\"}}", "unknown-peer"},
                {"{\"type\":\"join\",\"room\":\"r2\"}", "already-in-room"},
                {"{\"type\":\"join\"}", "missing-field"},
                {"[".repeat(100), "malformed-json"},
            };
            for (String[] c : cases) {
                a.send(c[0]);
                SignalingEvent.Error e = expect(a, SignalingEvent.Error.class);
                assertEquals(c[1], e.code().wire(), () -> "for " + c[0] + ": " + e);
                assertTrue(!e.message().isBlank(), "the error message names the problem");
            }
            assertStillWorks(a, b);

            a.signal(b.id(), OFFER);
            a.signal(a.id(), OFFER); // to oneself: refused as unknown-peer
            assertEquals(new SignalingEvent.Signal(a.id(), b.id(), OFFER), expect(b, SignalingEvent.Signal.class));
            assertEquals(ErrorCode.UNKNOWN_PEER, expect(a, SignalingEvent.Error.class).code());
            assertTrue(server.stats().errorsSent() >= cases.length + 1);
        }
    }

    @Test
    void oversizedMessagesGetAnErrorAndTheConnectionStaysUsable() throws Exception {
        try (SignalingClient a = SignalingClient.connect(ws, "r"); SignalingClient b = SignalingClient.connect(ws, "r")) {
            expect(a, SignalingEvent.Joined.class);
            expect(a, SignalingEvent.PeerJoined.class);
            expect(b, SignalingEvent.Joined.class);

            a.signal(new SignalPayload.Description("offer", "x".repeat(2 * MAX)));
            SignalingEvent.Error e = expectError(a, ErrorCode.MESSAGE_TOO_LARGE);
            assertTrue(e.message().contains(String.valueOf(MAX)), e.message());

            // The limit counts UTF-8 bytes: 400 two-byte characters fit in characters but not in bytes.
            String twoByte = "\u00e9".repeat(600);
            a.signal(new SignalPayload.Description("offer", twoByte));
            expectError(a, ErrorCode.MESSAGE_TOO_LARGE);
            SignalPayload justFits = new SignalPayload.Description("offer", "\u00e9".repeat(400));
            a.signal(justFits);
            assertEquals(new SignalingEvent.Signal(a.id(), null, justFits), expect(b, SignalingEvent.Signal.class));

            a.send("\u0001\u0002\u0003"); // control characters, not JSON
            expectError(a, ErrorCode.MALFORMED_JSON);
            assertStillWorks(a, b);
        }
    }

    @Test
    void aMessageBeyondTheHardLimitClosesOnlyThatConnection() throws Exception {
        try (SignalingClient a = SignalingClient.connect(ws, "r"); SignalingClient b = SignalingClient.connect(ws, "r")) {
            expect(a, SignalingEvent.Joined.class);
            expect(a, SignalingEvent.PeerJoined.class);
            expect(b, SignalingEvent.Joined.class);
            a.send("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(2 << 20) + "\"}");
            SignalingEvent.Closed closed = a.closeFuture().get(Events.HANG_GUARD.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            // The server closes with 1009 (message too big) as soon as the size is known; the
            // client may still be writing then and see its own write fail (1006) instead.
            assertTrue(closed.statusCode() == 1009 || closed.statusCode() == 1006, closed.toString());
            assertEquals(new SignalingEvent.PeerLeft("r", a.id()), expect(b, SignalingEvent.PeerLeft.class));
            assertEquals(List.of(), drain(b));
        }
    }

    @Test
    void binaryMessagesGetAnError() throws Exception {
        java.net.http.WebSocket raw = null;
        java.util.concurrent.BlockingQueue<String> texts = new java.util.concurrent.LinkedBlockingQueue<>();
        try {
            raw = java.net.http.HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(ws,
                    new java.net.http.WebSocket.Listener() {
                        @Override
                        public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket w,
                                CharSequence data, boolean last) {
                            texts.add(data.toString());
                            w.request(1);
                            return null;
                        }
                    }).join();
            raw.sendBinary(ByteBuffer.wrap(new byte[] {'{', '}'}), true).join();
            String reply = texts.poll(Events.HANG_GUARD.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(reply != null && reply.contains("\"binary-not-supported\""), String.valueOf(reply));
            raw.sendText("{\"type\":\"ping\"}", true).join();
            assertEquals("{\"type\":\"pong\"}", texts.poll(Events.HANG_GUARD.toSeconds(), java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            if (raw != null) {
                raw.abort();
            }
        }
    }

    @Test
    void aFullRoomRefusesTheNextMemberWhoCanGoElsewhere() throws Exception {
        try (SignalingClient a = SignalingClient.connect(ws, "r"); SignalingClient b = SignalingClient.connect(ws, "r")) {
            SignalingException refused = assertThrows(SignalingException.class, () -> SignalingClient.connect(ws, "r"));
            assertEquals(ErrorCode.ROOM_FULL, refused.code());

            try (SignalingClient c = SignalingClient.connect(ws)) {
                c.join("r");
                SignalingEvent.Error e = expectError(c, ErrorCode.ROOM_FULL);
                assertEquals("join", e.request());
                assertTrue(e.message().contains("'r'") && e.message().contains("2"), e.message());
                c.signal(OFFER);
                expectError(c, ErrorCode.NOT_IN_ROOM);
                c.leave();
                expectError(c, ErrorCode.NOT_IN_ROOM);
                c.join("other");
                assertEquals("other", expect(c, SignalingEvent.Joined.class).room());
            }
            expect(a, SignalingEvent.Joined.class);
            expect(a, SignalingEvent.PeerJoined.class);
            expect(b, SignalingEvent.Joined.class);
            assertEquals(List.of(), drain(a), "a never saw the refused members");
            assertStillWorks(a, b);
        }
    }

    @Test
    void badRoomNamesAndTooManyRooms() throws Exception {
        try (SignalingClient a = SignalingClient.connect(ws)) {
            for (String bad : new String[] {"", "has space", "x".repeat(65), "sl/ash", "\u00e9t\u00e9"}) {
                a.send("{\"type\":\"join\",\"room\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(bad) + "}");
                expectError(a, ErrorCode.BAD_ROOM);
            }
            try (SignalingClient byPath = SignalingClient.connect(URI.create(ws + "/bad%20name"))) {
                expectError(byPath, ErrorCode.BAD_ROOM);
                assertEquals(List.of(), drain(byPath), "still connected");
            }
            try (SignalingClient r1 = SignalingClient.connect(ws, "r1");
                 SignalingClient r2 = SignalingClient.connect(ws, "r2");
                 SignalingClient r3 = SignalingClient.connect(ws, "r3")) {
                for (SignalingClient r : List.of(r1, r2, r3)) {
                    expect(r, SignalingEvent.Joined.class);
                }
                assertEquals(3, server.stats().rooms());
                a.join("r4");
                expectError(a, ErrorCode.TOO_MANY_ROOMS);
                a.join("r1");
                assertEquals("r1", expect(a, SignalingEvent.Joined.class).room());
            }
        }
    }
}
