package io.jrtc.webrtc.internal.net;

import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in submission order, on a shared executor: a connection's serial
 * context. At most one pool thread works for it at a time, and after a batch it yields the
 * thread so one busy connection cannot hold the pool; no thread is created per task.
 */
final class SerialExecutor implements Executor {
    private static final Logger LOG = LoggerFactory.getLogger(SerialExecutor.class);
    /** Tasks run before yielding the pool thread to other connections. */
    private static final int BATCH = 64;

    private final Executor pool;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    SerialExecutor(Executor pool) {
        this.pool = Objects.requireNonNull(pool);
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(Objects.requireNonNull(task));
        if (scheduled.compareAndSet(false, true)) {
            pool.execute(this::drain);
        }
    }

    /**
     * Like {@link #execute}, but an idle context is drained on the calling thread rather than
     * handed to a pool thread (a batch, as the pool would, then the rest on the pool); a busy
     * one just queues the task. Only for a thread that serves this context alone, the reader of
     * a connection's own socket: each datagram then costs no hand-off between threads (on a
     * loaded machine every wake-up of a parked thread waits for a free core), and a task that
     * blocks holds up only this connection's reading, which waits for it anyway.
     */
    void executeHere(Runnable task) {
        tasks.add(Objects.requireNonNull(task));
        if (scheduled.compareAndSet(false, true)) {
            drain();
        }
    }

    private void drain() {
        for (int i = 0; i < BATCH; i++) {
            Runnable r = tasks.poll();
            if (r == null) {
                break;
            }
            try {
                r.run();
            } catch (RuntimeException | Error e) {
                LOG.warn("a task of a serial context failed", e);
            }
        }
        scheduled.set(false);
        // A task added between the last poll and the reset found scheduled == true: pick it up.
        if (!tasks.isEmpty() && scheduled.compareAndSet(false, true)) {
            pool.execute(this::drain);
        }
    }
}
