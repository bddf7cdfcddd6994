package io.jrtc.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The load test: 200 WebSocket clients in 50 rooms of four, each sending a signal every
 * 250 ms for a minute (240 signals each, so the loop ends by itself). Every signal must reach each
 * of the three other members of its room exactly once, in the order its sender sent them, and no
 * client may see an error or lose its connection. Delivery latencies (send to listener, one JVM,
 * one clock) and throughput are printed as figures; nothing is asserted about time.
 */
class SteadyLoadTest {
    private static final int ROOMS = 50;
    private static final int PER_ROOM = 4;
    private static final int CLIENTS = ROOMS * PER_ROOM;
    private static final Duration INTERVAL = Duration.ofMillis(250);
    private static final int SIGNALS_EACH = 240; // one minute at INTERVAL
    private static final int EXPECTED_EACH = (PER_ROOM - 1) * SIGNALS_EACH;
    private static final long HANG_GUARD_NANOS = Duration.ofSeconds(60).toNanos();

    /** What one client received; its listener is called one event at a time. */
    private static final class Inbox {
        final String room;
        final Map<String, Integer> nextFrom = new HashMap<>();
        final List<String> problems = new ArrayList<>();
        final long[] latencies = new long[EXPECTED_EACH];
        int signals;
        int pongs;

        Inbox(String room) {
            this.room = room;
        }

        synchronized void accept(SignalingEvent event) {
            long now = System.nanoTime();
            switch (event) {
                case SignalingEvent.Signal s when s.data() instanceof SignalPayload.Candidate c -> {
                    if (!room.equals(c.usernameFragment())) {
                        problems.add("a signal crossed from room " + c.usernameFragment() + " into " + room);
                        return;
                    }
                    String[] parts = c.candidate().split(":");
                    int seq = Integer.parseInt(parts[1]);
                    int want = nextFrom.getOrDefault(s.from(), 0);
                    if (seq != want) {
                        problems.add((seq < want ? "duplicate or late" : "gap") + " from " + s.from()
                                + ": got " + seq + ", expected " + want);
                    }
                    nextFrom.put(s.from(), Math.max(want, seq + 1));
                    if (signals < latencies.length) {
                        latencies[signals] = now - Long.parseLong(parts[2]);
                    }
                    signals++;
                }
                case SignalingEvent.Joined j -> {
                }
                case SignalingEvent.PeerJoined j -> {
                }
                case SignalingEvent.Pong p -> pongs++;
                default -> problems.add("unexpected " + event);
            }
        }

        synchronized int signals() {
            return signals;
        }

        synchronized int pongs() {
            return pongs;
        }
    }

    @Test
    void aMinuteOfSteadySignalingLosesNothing() throws Exception {
        try (SignalingServer server = SignalingServer.builder().build().start();
                ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            List<SignalingClient> clients = new ArrayList<>();
            List<Inbox> inboxes = new ArrayList<>();
            try {
                for (int r = 0; r < ROOMS; r++) {
                    for (int m = 0; m < PER_ROOM; m++) {
                        Inbox inbox = new Inbox("load-" + r);
                        clients.add(SignalingClient.connect(server.websocketUri(), inbox.room, inbox::accept));
                        inboxes.add(inbox);
                    }
                }
                AtomicLong sendFailures = new AtomicLong();
                long start = System.nanoTime();
                List<Future<?>> loops = new ArrayList<>();
                for (int k = 0; k < CLIENTS; k++) {
                    SignalingClient c = clients.get(k);
                    // Staggered so the 200 clients spread over each interval instead of firing together.
                    long offset = INTERVAL.toNanos() * k / CLIENTS;
                    loops.add(senders.submit(() -> {
                        for (int i = 0; i < SIGNALS_EACH; i++) {
                            long due = start + offset + i * INTERVAL.toNanos();
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(Duration.ofNanos(wait));
                            }
                            String candidate = "candidate:" + i + ":" + System.nanoTime();
                            c.signal(new SignalPayload.Candidate(candidate, "0", 0, c.room()))
                                    .whenComplete((v, err) -> {
                                        if (err != null) {
                                            sendFailures.incrementAndGet();
                                        }
                                    });
                        }
                        return null;
                    }));
                }
                for (Future<?> f : loops) {
                    f.get();
                }
                long sendingDone = System.nanoTime();
                awaitAll(inboxes, Inbox::signals, EXPECTED_EACH, "signals");
                long delivered = System.nanoTime();
                // A ping's pong comes after everything queued before it: duplicates would show up by then.
                clients.forEach(SignalingClient::ping);
                awaitAll(inboxes, Inbox::pongs, 1, "pongs");

                List<String> problems = new ArrayList<>();
                long[] all = new long[CLIENTS * EXPECTED_EACH];
                for (int k = 0; k < CLIENTS; k++) {
                    Inbox in = inboxes.get(k);
                    synchronized (in) {
                        problems.addAll(in.problems);
                        if (in.signals != EXPECTED_EACH) {
                            problems.add("client " + k + " got " + in.signals + " signals, expected " + EXPECTED_EACH);
                        }
                        for (Map.Entry<String, Integer> e : in.nextFrom.entrySet()) {
                            if (e.getValue() != SIGNALS_EACH) {
                                problems.add("client " + k + " got up to " + e.getValue() + " from " + e.getKey());
                            }
                        }
                        if (in.nextFrom.size() != PER_ROOM - 1) {
                            problems.add("client " + k + " heard from " + in.nextFrom.size() + " peers");
                        }
                        System.arraycopy(in.latencies, 0, all, k * EXPECTED_EACH, EXPECTED_EACH);
                    }
                    if (!clients.get(k).isOpen()) {
                        problems.add("client " + k + " lost its connection");
                    }
                }
                assertEquals(List.of(), problems.size() > 20 ? problems.subList(0, 20) : problems,
                        problems.size() + " problems");
                assertEquals(0, sendFailures.get(), "sends that failed");
                SignalingStats stats = server.stats();
                assertEquals((long) CLIENTS * EXPECTED_EACH, stats.signalsRelayed(), stats.toString());
                assertEquals(0, stats.errorsSent(), stats.toString());
                assertEquals(0, stats.sendFailures(), stats.toString());
                assertEquals(CLIENTS, stats.connections(), stats.toString());

                Arrays.sort(all);
                System.out.printf("figure: %d clients in %d rooms, %d signals sent over %.1f s, %d deliveries "
                                + "(all arrived %.0f ms after the last send); delivery latency median %.2f ms, "
                                + "p99 %.2f ms, max %.2f ms; load average %s%n",
                        CLIENTS, ROOMS, (long) CLIENTS * SIGNALS_EACH, (sendingDone - start) / 1e9, all.length,
                        (delivered - sendingDone) / 1e6, all[all.length / 2] / 1e6, all[all.length * 99 / 100] / 1e6,
                        all[all.length - 1] / 1e6, loadAverage());
            } finally {
                clients.forEach(SignalingClient::closeAsync);
            }
        }
    }

    /** Waits until every inbox has {@code want}; the bound only guards against a hang. */
    private static void awaitAll(List<Inbox> inboxes, java.util.function.ToIntFunction<Inbox> count, int want,
            String what) throws InterruptedException {
        long deadline = System.nanoTime() + HANG_GUARD_NANOS;
        while (true) {
            long missing = inboxes.stream().mapToLong(in -> Math.max(0, want - count.applyAsInt(in))).sum();
            if (missing == 0) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, missing + " " + what + " never arrived");
            Thread.sleep(20);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
