package io.jrtc.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * 200 clients in 50 rooms all sending at once from their own threads: every signal arrives,
 * exactly once, and each sender's signals arrive in the order sent. Bounded by a message count;
 * the elapsed time is printed as a figure, never asserted.
 */
class ManyClientsTest {
    private static final int ROOMS = 50;
    private static final int PER_ROOM = 4;
    private static final int SIGNALS_EACH = 50;

    @Test
    void nothingIsLostOrReordered() throws Exception {
        try (SignalingServer server = SignalingServer.builder().build().start();
             ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            List<List<SignalingClient>> rooms = new ArrayList<>();
            try {
                for (int r = 0; r < ROOMS; r++) {
                    List<SignalingClient> members = new ArrayList<>();
                    for (int m = 0; m < PER_ROOM; m++) {
                        SignalingClient c = SignalingClient.connect(server.websocketUri(), "load-" + r);
                        Events.expect(c, SignalingEvent.Joined.class);
                        members.add(c);
                    }
                    rooms.add(members);
                }
                long start = System.nanoTime();
                List<Future<?>> sends = new ArrayList<>();
                for (List<SignalingClient> members : rooms) {
                    for (SignalingClient c : members) {
                        sends.add(senders.submit(() -> {
                            for (int i = 0; i < SIGNALS_EACH; i++) {
                                c.signal(new SignalPayload.Candidate("candidate:" + i, "0", 0, c.room()));
                            }
                            return null;
                        }));
                    }
                }
                for (Future<?> f : sends) {
                    f.get();
                }
                for (List<SignalingClient> members : rooms) {
                    for (SignalingClient c : members) {
                        Map<String, Integer> nextFrom = new HashMap<>();
                        int expected = (PER_ROOM - 1) * SIGNALS_EACH;
                        int got = 0;
                        while (got < expected) {
                            if (Events.next(c) instanceof SignalingEvent.Signal s) {
                                SignalPayload.Candidate cand = (SignalPayload.Candidate) s.data();
                                assertEquals(c.room(), cand.usernameFragment(), "a signal crossed rooms");
                                int seq = Integer.parseInt(cand.candidate().substring("candidate:".length()));
                                int want = nextFrom.getOrDefault(s.from(), 0);
                                assertEquals(want, seq, "signals from " + s.from() + " out of order");
                                nextFrom.put(s.from(), want + 1);
                                got++;
                            }
                        }
                        for (SignalingEvent extra : Events.drain(c)) {
                            assertEquals(SignalingEvent.PeerJoined.class, extra.getClass(), "unexpected " + extra);
                        }
                    }
                }
                long elapsedMs = (System.nanoTime() - start) / 1_000_000;
                long deliveries = (long) ROOMS * PER_ROOM * (PER_ROOM - 1) * SIGNALS_EACH;
                assertEquals(deliveries, server.stats().signalsRelayed());
                assertEquals(0, server.stats().sendFailures());
                System.out.printf("figure: %d clients, %d rooms, %d signals relayed in %d ms%n",
                        ROOMS * PER_ROOM, ROOMS, deliveries, elapsedMs);
            } finally {
                rooms.forEach(list -> list.forEach(SignalingClient::closeAsync));
            }
        }
    }
}
