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
