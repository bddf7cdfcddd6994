package io.jrtc.webrtc;

import io.jrtc.webrtc.internal.engine.TransportEngine;
import io.jrtc.webrtc.internal.net.EngineConnection;
import java.util.concurrent.Executor;

/**
 * A peer connection's serial context (DESIGN.md, "The runtime"): every state change and every
 * handler of the connection and its channels runs here, one at a time. The engine connection
 * joins it once the first description decides the ICE role.
 */
final class PeerContext {
    private final Executor serial;
    private volatile EngineConnection connection;
    /** The engine and its time while a task runs inside {@link #engineWork}; null otherwise. */
    private TransportEngine engine;
    private long now;

    /** The largest message a data channel may send (W3C sctp.maxMessageSize), read by send(). */
    private volatile java.util.function.DoubleSupplier maxMessageSize = () -> Double.POSITIVE_INFINITY;

    PeerContext(Executor serial) {
        this.serial = serial;
    }

    void maxMessageSize(java.util.function.DoubleSupplier supplier) {
        this.maxMessageSize = supplier;
    }

    double maxMessageSize() {
        return maxMessageSize.getAsDouble();
    }

    /** The thread running this context's task right now, or null. */
    private volatile Thread inside;

    /** Runs a task on the serial context. */
    void execute(Runnable task) {
        serial.execute(() -> within(task));
    }

    /** Runs a task marked as running on this context (engine events arrive through here too). */
    void within(Runnable task) {
        Thread before = inside;
        inside = Thread.currentThread();
        try {
            task.run();
        } finally {
            inside = before;
        }
    }

    /**
     * Runs a task on the serial context and waits for its result: the W3C methods that return at
     * once (addTrack, addTransceiver). From a handler (already on the context) it runs directly.
     */
    <T> T call(java.util.function.Supplier<T> task) {
        if (inside == Thread.currentThread()) {
            return task.get();
        }
        java.util.concurrent.CompletableFuture<T> f = new java.util.concurrent.CompletableFuture<>();
        execute(() -> {
            try {
                f.complete(task.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    void attach(EngineConnection c) {
        connection = c;
    }

    EngineConnection connection() {
        return connection;
    }

    /**
     * From a task on the serial context: runs work that touches the engine, then lets the engine
     * send and report what it caused. Without an engine it just runs.
     */
    void engineWork(Runnable work) {
        EngineConnection c = connection;
        if (c == null || engine != null) {
            work.run();
            return;
        }
        c.runInContext((e, t) -> {
            engine = e;
            now = t;
            try {
                work.run();
            } finally {
                engine = null;
            }
        });
    }

    /** The engine, inside {@link #engineWork}. */
    TransportEngine engine() {
        return engine;
    }

    /** The runtime's time, inside {@link #engineWork}. */
    long now() {
        return now;
    }
}
