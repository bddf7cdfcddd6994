package io.jrtc.signaling;

import static io.jrtc.signaling.Events.drain;
import static io.jrtc.signaling.Events.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoomSignalingTest {
    private static final SignalPayload OFFER = new SignalPayload.Description("offer",
            "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0\r\n");
    private static final SignalPayload ANSWER = new SignalPayload.Description("answer",
            "v=0\r\no=- 3 4 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n");
    private static final SignalPayload HOST = new SignalPayload.Candidate(
            "candidate:1 1 udp 2130706431 127.0.0.1 50000 typ host", "0", 0, "abcd");
    private static final SignalPayload END = new SignalPayload.Candidate("", null, null, null);

    private SignalingServer server;
    private URI ws;

    @BeforeEach
    void start() throws Exception {
        server = SignalingServer.builder().build().start();
        ws = server.websocketUri();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void twoPeersExchangeOfferAnswerAndCandidates() throws Exception {
        try (SignalingClient a = SignalingClient.connect(ws, "call");
             SignalingClient b = SignalingClient.connect(ws, "call")) {
            SignalingEvent.Joined aJoined = expect(a, SignalingEvent.Joined.class);
            assertEquals(List.of(), aJoined.peers());
            SignalingEvent.Joined bJoined = expect(b, SignalingEvent.Joined.class);
            assertEquals(List.of(a.id()), bJoined.peers());
            assertEquals(new SignalingEvent.PeerJoined("call", b.id()), expect(a, SignalingEvent.PeerJoined.class));
            assertNotEquals(a.id(), b.id());

            a.signal(OFFER);
            a.signal(HOST);
            a.signal(END);
            assertEquals(new SignalingEvent.Signal(a.id(), null, OFFER), expect(b, SignalingEvent.Signal.class));
            assertEquals(new SignalingEvent.Signal(a.id(), null, HOST), expect(b, SignalingEvent.Signal.class));
            assertEquals(new SignalingEvent.Signal(a.id(), null, END), expect(b, SignalingEvent.Signal.class));

            b.signal(a.id(), ANSWER);
            b.signal(a.id(), HOST);
            assertEquals(new SignalingEvent.Signal(b.id(), a.id(), ANSWER), expect(a, SignalingEvent.Signal.class));
            assertEquals(new SignalingEvent.Signal(b.id(), a.id(), HOST), expect(a, SignalingEvent.Signal.class));

            b.leave();
            assertEquals(new SignalingEvent.Left("call"), expect(b, SignalingEvent.Left.class));
            assertNull(b.room());
            assertEquals(new SignalingEvent.PeerLeft("call", b.id()), expect(a, SignalingEvent.PeerLeft.class));
        }
    }

    @Test
    void threePeersSeeJoinsBroadcastsDirectedSignalsAndLeaves() throws Exception {
        try (SignalingClient a = SignalingClient.connect(ws, "three");
             SignalingClient b = SignalingClient.connect(ws, "three");
             SignalingClient c = SignalingClient.connect(ws, "three")) {
            expect(a, SignalingEvent.Joined.class);
            expect(b, SignalingEvent.Joined.class);
            assertEquals(Set.of(a.id(), b.id()), Set.copyOf(expect(c, SignalingEvent.Joined.class).peers()));
            assertEquals(b.id(), expect(a, SignalingEvent.PeerJoined.class).id());
            assertEquals(c.id(), expect(a, SignalingEvent.PeerJoined.class).id());
            assertEquals(c.id(), expect(b, SignalingEvent.PeerJoined.class).id());

            a.signal(OFFER);
            assertEquals(new SignalingEvent.Signal(a.id(), null, OFFER), expect(b, SignalingEvent.Signal.class));
            assertEquals(new SignalingEvent.Signal(a.id(), null, OFFER), expect(c, SignalingEvent.Signal.class));

            // Directed to c: b must not see it. a's messages reach b in order, so b's next signal
            // being the later broadcast proves the directed one was not delivered to b.
            a.signal(c.id(), HOST);
            a.signal(END);
            assertEquals(new SignalingEvent.Signal(a.id(), c.id(), HOST), expect(c, SignalingEvent.Signal.class));
            assertEquals(new SignalingEvent.Signal(a.id(), null, END), expect(c, SignalingEvent.Signal.class));
            assertEquals(new SignalingEvent.Signal(a.id(), null, END), expect(b, SignalingEvent.Signal.class));

            b.signal(c.id(), ANSWER);
            assertEquals(new SignalingEvent.Signal(b.id(), c.id(), ANSWER), expect(c, SignalingEvent.Signal.class));

            c.leave();
            expect(c, SignalingEvent.Left.class);
            assertEquals(new SignalingEvent.PeerLeft("three", c.id()), expect(a, SignalingEvent.PeerLeft.class));
            assertEquals(new SignalingEvent.PeerLeft("three", c.id()), expect(b, SignalingEvent.PeerLeft.class));
            assertEquals(List.of(), drain(a));
            assertEquals(List.of(), drain(b));
        }
    }

    @Test
    void aClosedConnectionProducesALeaveNotice() throws Exception {
        try (SignalingClient a = SignalingClient.connect(ws, "bye")) {
            expect(a, SignalingEvent.Joined.class);
            SignalingClient b = SignalingClient.connect(ws, "bye");
            try {
                String bId = b.id();
                expect(a, SignalingEvent.PeerJoined.class);
                b.close();
                assertEquals(new SignalingEvent.PeerLeft("bye", bId), expect(a, SignalingEvent.PeerLeft.class));
                assertTrue(b.closeFuture().isDone());
            } finally {
                b.close(); // idempotent: only matters when an assertion above failed before the close
            }
        }
    }

    @Test
    void aBrokenConnectionProducesALeaveNotice() throws Exception {
        try (SignalingClient a = SignalingClient.connect(ws, "drop")) {
            expect(a, SignalingEvent.Joined.class);
            java.net.http.WebSocket raw = java.net.http.HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(ws + "/drop"), new java.net.http.WebSocket.Listener() { }).join();
            SignalingEvent.PeerJoined joined = expect(a, SignalingEvent.PeerJoined.class);
            raw.abort(); // TCP closed without a close frame
            assertEquals(new SignalingEvent.PeerLeft("drop", joined.id()), expect(a, SignalingEvent.PeerLeft.class));
        }
    }

    @Test
    void joiningByUrlPathAndRejoiningAnotherRoom() throws Exception {
        try (SignalingClient a = SignalingClient.connect(URI.create(ws + "/by-path"));
             SignalingClient b = SignalingClient.connect(ws, "by-path")) {
            SignalingEvent.Joined joined = expect(a, SignalingEvent.Joined.class);
            assertEquals("by-path", joined.room());
            assertEquals(List.of(a.id()), expect(b, SignalingEvent.Joined.class).peers());
            assertEquals(b.id(), expect(a, SignalingEvent.PeerJoined.class).id());

            a.leave();
            expect(a, SignalingEvent.Left.class);
            expect(b, SignalingEvent.PeerLeft.class);
            a.join("elsewhere");
            assertEquals("elsewhere", expect(a, SignalingEvent.Joined.class).room());
            b.signal(OFFER);
            assertEquals(List.of(), drain(a), "a left by-path; b's signal must not reach it");
        }
    }

    @Test
    void listenerModeDeliversEventsInOrder() throws Exception {
        java.util.concurrent.BlockingQueue<SignalingEvent> seen = new java.util.concurrent.LinkedBlockingQueue<>();
        try (SignalingClient a = SignalingClient.connect(ws, "cb", seen::add);
             SignalingClient b = SignalingClient.connect(ws, "cb")) {
            b.signal(OFFER);
            assertEquals(SignalingEvent.Joined.class, take(seen).getClass());
            assertEquals(new SignalingEvent.PeerJoined("cb", b.id()), take(seen));
            assertEquals(new SignalingEvent.Signal(b.id(), null, OFFER), take(seen));
            assertNull(a.poll(), "with a listener the queue stays empty");
        }
        // b closes first (resources close in reverse), then a.
        assertEquals(SignalingEvent.PeerLeft.class, take(seen).getClass());
        SignalingEvent last = take(seen);
        assertTrue(last instanceof SignalingEvent.Closed, "last event is Closed, got " + last);
    }

    private static SignalingEvent take(java.util.concurrent.BlockingQueue<SignalingEvent> q) throws InterruptedException {
        SignalingEvent e = q.poll(Events.HANG_GUARD.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        if (e == null) {
            throw new AssertionError("no event within the hang guard");
        }
        return e;
    }
}
