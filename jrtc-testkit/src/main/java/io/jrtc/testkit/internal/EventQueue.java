package io.jrtc.testkit.internal;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Future network events in virtual time. Events at the same instant run in the order they were
 * scheduled, which is what makes a run deterministic.
 */
public final class EventQueue {
    private record Scheduled(long time, long seq, Runnable action) {}

    private final PriorityQueue<Scheduled> queue = new PriorityQueue<>(
            Comparator.comparingLong(Scheduled::time).thenComparingLong(Scheduled::seq));
    private long nextSeq;

    /** Runs {@code action} at {@code time}. */
    public void schedule(long time, Runnable action) {
        queue.add(new Scheduled(time, nextSeq++, action));
    }

    /** Time of the earliest event, or {@link Long#MAX_VALUE} if there is none. */
    public long nextTime() {
        Scheduled head = queue.peek();
        return head == null ? Long.MAX_VALUE : head.time();
    }

    /** Removes and runs the earliest event; false if there was none. */
    public boolean runNext() {
        Scheduled head = queue.poll();
        if (head == null) {
            return false;
        }
        head.action().run();
        return true;
    }

    /** Number of pending events. */
    public int size() {
        return queue.size();
    }
}
