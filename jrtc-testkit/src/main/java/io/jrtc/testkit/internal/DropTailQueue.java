package io.jrtc.testkit.internal;

import java.util.ArrayDeque;

/**
 * The bottleneck of a rate-limited link: packets leave one after another at the link rate; a
 * packet that does not fit in the queue (counting the one being serialized) is dropped. Since
 * departure times are known on arrival, the queue is just the departures still in the future.
 */
final class DropTailQueue {
    private record Queued(long departure, int bytes) {}

    private final ArrayDeque<Queued> queued = new ArrayDeque<>();
    private long queuedBytes;
    private long busyUntil = Long.MIN_VALUE;

    /**
     * Enqueues a packet of {@code wireBytes}; returns when its last bit leaves, or -1 if the queue
     * is full. A rate change applies to packets enqueued after it.
     */
    long admit(long now, int wireBytes, long rateBitsPerSecond, int limitPackets, int limitBytes) {
        forgetDeparted(now);
        if (queued.size() + 1L > limitPackets || queuedBytes + wireBytes > limitBytes) {
            return -1;
        }
        long departure = Math.max(now, busyUntil) + serializationNanos(wireBytes, rateBitsPerSecond);
        busyUntil = departure;
        queued.addLast(new Queued(departure, wireBytes));
        queuedBytes += wireBytes;
        return departure;
    }

    /** Time to put {@code wireBytes} on a wire of the given rate, rounded up to whole nanoseconds. */
    static long serializationNanos(int wireBytes, long rateBitsPerSecond) {
        long bits = wireBytes * 8L;
        // bits < 2^20 and 1e9 < 2^30: the product cannot overflow.
        return (bits * 1_000_000_000L + rateBitsPerSecond - 1) / rateBitsPerSecond;
    }

    private void forgetDeparted(long now) {
        while (!queued.isEmpty() && queued.peekFirst().departure() <= now) {
            queuedBytes -= queued.pollFirst().bytes();
        }
    }
}
