package io.jrtc.webrtc.internal.net;

import io.jrtc.testkit.Datagram;
import io.jrtc.testkit.Endpoint;
import io.jrtc.testkit.Simulation;
import java.util.PriorityQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/** Wake-ups at virtual deadlines, in deadline order and, on a tie, in the order they were asked for. */
final class SimTimers implements Endpoint {
    private record Wakeup(long deadline, long order, FutureTask<Void> task) { }

    private final Simulation sim;
    /** Where a due wake-up runs: the simulated net's trampoline. */
    private final Executor pool;
    private final PriorityQueue<Wakeup> due = new PriorityQueue<>((x, y) -> x.deadline != y.deadline
            ? Long.compare(x.deadline, y.deadline) : Long.compare(x.order, y.order));
    private long asked;

    SimTimers(Simulation sim, Executor pool) {
        this.sim = sim;
        this.pool = pool;
    }

    Future<?> schedule(Runnable task, long delayNanos) {
        FutureTask<Void> f = new FutureTask<>(task, null);
        due.add(new Wakeup(sim.now() + Math.max(0, delayNanos), asked++, f));
        return f;
    }

    @Override
    public void handleTimeout(long nowNanos) {
        for (Wakeup w = due.peek(); w != null && w.deadline <= nowNanos; w = due.peek()) {
            due.poll();
            pool.execute(w.task); // a cancelled one does nothing
        }
    }

    @Override
    public long pollTimeout() {
        while (!due.isEmpty() && due.peek().task.isCancelled()) {
            due.poll();
        }
        return due.isEmpty() ? NEVER : due.peek().deadline;
    }

    @Override
    public void handleInput(long nowNanos, Datagram datagram) {
        // nothing is sent to the timers' address
    }

    @Override
    public Datagram pollTransmit() {
        return null;
    }

    @Override
    public String toString() {
        return "jrtc timers (" + due.size() + " pending)";
    }
}
