package io.jrtc.signaling;

import static io.jrtc.signaling.Events.drain;
import static io.jrtc.signaling.Events.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Many rooms at once: every signal stays inside its room. */
class RoomIsolationTest {
    private static final int ROOMS = 25;
    private static final int PER_ROOM = 3;
    private static final int SIGNALS_EACH = 10;

    @Test
    void signalsNeverCrossRooms() throws Exception {
        try (SignalingServer server = SignalingServer.builder().build().start()) {
            List<List<SignalingClient>> rooms = new ArrayList<>();
            try {
                for (int r = 0; r < ROOMS; r++) {
                    List<SignalingClient> members = new ArrayList<>();
                    for (int m = 0; m < PER_ROOM; m++) {
                        members.add(SignalingClient.connect(server.websocketUri(), "room-" + r));
                    }
                    rooms.add(members);
                }
                assertEquals(ROOMS, server.stats().rooms());
                // Every member broadcasts SIGNALS_EACH offers whose SDP names the room and sender.
                for (int r = 0; r < ROOMS; r++) {
                    for (SignalingClient c : rooms.get(r)) {
                        for (int i = 0; i < SIGNALS_EACH; i++) {
                            c.signal(new SignalPayload.Description("offer", "room-" + r + " " + c.id() + " " + i));
                        }
                    }
                }
                for (int r = 0; r < ROOMS; r++) {
                    List<SignalingClient> members = rooms.get(r);
                    for (SignalingClient c : members) {
                        Set<String> expected = new HashSet<>();
                        for (SignalingClient o : members) {
                            for (int i = 0; o != c && i < SIGNALS_EACH; i++) {
                                expected.add("room-" + r + " " + o.id() + " " + i);
                            }
                        }
                        Set<String> got = new HashSet<>();
                        while (got.size() < expected.size()) {
                            if (expect(c, SignalingEvent.class) instanceof SignalingEvent.Signal s) {
                                SignalPayload.Description d = (SignalPayload.Description) s.data();
                                got.add(d.sdp());
                            }
                        }
                        assertEquals(expected, got);
                        for (SignalingEvent extra : drain(c)) {
                            assertEquals(SignalingEvent.PeerJoined.class, extra.getClass(),
                                    "nothing but late join notices may remain: " + extra);
                        }
                    }
                }
                assertEquals((long) ROOMS * PER_ROOM * (PER_ROOM - 1) * SIGNALS_EACH, server.stats().signalsRelayed());
            } finally {
                rooms.forEach(list -> list.forEach(SignalingClient::close));
            }
        }
    }
}
