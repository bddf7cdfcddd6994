package io.jrtc.examples;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A signaling channel between two endpoints in one JVM: what one side sends, the other receives,
 * in order, on that endpoint's own thread (the way messages arrive from a WebSocket). It carries
 * the JSON that browsers exchange, so the code around it is the same as with a real server.
 */
public final class InMemorySignaling implements AutoCloseable {
    private final Endpoint first = new Endpoint("first");
    private final Endpoint second = new Endpoint("second");

    public InMemorySignaling() {
        first.peer = second;
        second.peer = first;
    }

    public Endpoint first() {
        return first;
    }

    public Endpoint second() {
        return second;
    }

    /** One end of the channel. */
    public static final class Endpoint {
        private final ExecutorService inbox;
        private volatile Endpoint peer;
        private volatile Consumer<String> onMessage = m -> { };

        private Endpoint(String name) {
            this.inbox = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "signaling-" + name);
                t.setDaemon(true);
                return t;
            });
        }

        /** Sends a message to the other end. */
        public void send(String message) {
            Endpoint p = peer;
            p.inbox.execute(() -> p.onMessage.accept(message));
        }

        /**
         * Holds back what arrives at this end until {@code gate} completes (tests use it to make
         * both sides offer before either hears the other: glare).
         */
        public void holdUntil(java.util.concurrent.CompletableFuture<?> gate) {
            inbox.execute(() -> gate.orTimeout(30, TimeUnit.SECONDS).join());
        }

        /** Where this end's messages go (called on this end's thread, one at a time). */
        public void onMessage(Consumer<String> handler) {
            this.onMessage = handler;
        }
    }

    @Override
    public void close() throws InterruptedException {
        first.inbox.shutdown();
        second.inbox.shutdown();
        first.inbox.awaitTermination(5, TimeUnit.SECONDS);
        second.inbox.awaitTermination(5, TimeUnit.SECONDS);
    }
}
