package io.jrtc.sctp.internal;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Messages waiting for their first transmission, per stream, with a weighted fair scheduler:
 * every stream has a weight (the data channel's priority, RFC 8831 §6.4) and a pass value that
 * grows by the bytes it sends divided by its weight; the active stream with the smallest pass
 * sends next (stride scheduling), so backlogged streams share the bytes in proportion to their
 * weights, and streams of equal weight take turns (round robin within a priority). With DATA a
 * started message is finished first (its fragments need consecutive TSNs, RFC 9260 §6.9); with
 * I-DATA streams take turns fragment by fragment (RFC 8260 §1), so one large message never
 * blocks the others.
 */
public final class SendQueue {
    /** Weight of a stream nobody gave one. */
    public static final int DEFAULT_WEIGHT = 1;
    /** Pass units per byte at weight 1; large so that integer division by a weight stays fair. */
    private static final long STRIDE = 1L << 16;

    private static final class StreamOut {
        final int id;
        final ArrayDeque<OutMessage> queue = new ArrayDeque<>();
        long buffered;
        int nextSsn;
        long nextMidOrdered;
        long nextMidUnordered;
        boolean active;
        int weight = DEFAULT_WEIGHT;
        long pass;
        /** Order of (re)activation, which breaks ties between equal passes: round robin. */
        long turn;

        StreamOut(int id) {
            this.id = id;
        }
    }

    private final Map<Integer, StreamOut> streams = new HashMap<>();
    private final PriorityQueue<StreamOut> active = new PriorityQueue<>(
            Comparator.<StreamOut>comparingLong(s -> s.pass).thenComparingLong(s -> s.turn));
    /** With DATA, the stream whose started message must be finished before any other is served. */
    private StreamOut pinned;
    /** The pass of the stream served last: a stream that becomes active starts here, with no credit saved up. */
    private long virtualTime;
    private long turns;
    private long totalBuffered;

    private StreamOut stream(int id) {
        return streams.computeIfAbsent(id, StreamOut::new);
    }

    /** Sets the scheduling weight of a stream (at least 1); relative weights set the shares of backlogged streams. */
    public void weight(int streamId, int weight) {
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be at least 1: " + weight);
        }
        StreamOut s = stream(streamId);
        s.weight = weight;
    }

    /** The scheduling weight of a stream. */
    public int weight(int streamId) {
        StreamOut s = streams.get(streamId);
        return s == null ? DEFAULT_WEIGHT : s.weight;
    }

    public void add(OutMessage m) {
        StreamOut s = stream(m.streamId);
        s.queue.add(m);
        account(s, m, m.data.length);
        if (!s.active) {
            s.active = true;
            s.pass = Math.max(s.pass, virtualTime);
            schedule(s);
        }
    }

    private void schedule(StreamOut s) {
        s.turn = turns++;
        active.add(s);
    }

    private void account(StreamOut s, OutMessage m, long bytes) {
        if (m.counted) {
            s.buffered += bytes;
            totalBuffered += bytes;
        }
    }

    /** Bytes queued on a stream and not yet sent once (the W3C bufferedAmount). */
    public long buffered(int streamId) {
        StreamOut s = streams.get(streamId);
        return s == null ? 0 : s.buffered;
    }

    public long totalBuffered() {
        return totalBuffered;
    }

    public boolean isEmpty() {
        return active.isEmpty() && pinned == null;
    }

    /** Whether nothing is queued on the stream. */
    public boolean isEmpty(int streamId) {
        StreamOut s = streams.get(streamId);
        return s == null || s.queue.isEmpty();
    }

    /**
     * Cuts the next fragment, or returns null when nothing is queued. Expired messages not yet
     * started are dropped here and passed to {@code onExpired} (RFC 3758 §3.5 A1).
     */
    public OutChunk next(long now, long tsn, int maxPayload, boolean idata, java.util.function.Consumer<OutMessage> onExpired) {
        while (pinned != null || !active.isEmpty()) {
            StreamOut s = pinned != null ? pinned : active.poll();
            pinned = null;
            OutMessage m = s.queue.peekFirst();
            if (m == null) {
                s.active = false;
                continue;
            }
            virtualTime = Math.max(virtualTime, s.pass);
            if (m.abandoned || (m.offset == 0 && now >= m.expiresAt)) {
                dropHead(s, m);
                if (!m.abandoned) {
                    m.abandoned = true;
                    onExpired.accept(m);
                }
                requeue(s);
                continue;
            }
            return cut(s, m, now, tsn, maxPayload, idata);
        }
        return null;
    }

    private void requeue(StreamOut s) {
        if (s.queue.isEmpty()) {
            s.active = false;
        } else {
            schedule(s);
        }
    }

    private void dropHead(StreamOut s, OutMessage m) {
        s.queue.pollFirst();
        account(s, m, -m.unsentBytes());
        m.offset = m.data.length;
    }

    private OutChunk cut(StreamOut s, OutMessage m, long now, long tsn, int maxPayload, boolean idata) {
        if (m.sequence < 0) {
            m.sequence = idata ? (m.ordered ? s.nextMidOrdered++ : s.nextMidUnordered++)
                    : (m.ordered ? s.nextSsn++ & 0xffff : 0);
        }
        int len = Math.min(maxPayload, m.data.length - m.offset);
        OutChunk c = new OutChunk(m, tsn, m.offset, len, m.nextFsn++, idata);
        m.chunks.add(c);
        m.offset += len;
        account(s, m, -len);
        s.pass += len * STRIDE / s.weight;
        boolean done = m.fullyFragmented();
        if (done) {
            s.queue.pollFirst();
        }
        if (done || idata) {
            requeue(s);
        } else {
            pinned = s;
        }
        return c;
    }

    /**
     * Drops the unsent rest of an abandoned message, started or not (a message expires while
     * queued behind another stream's fragments as well as when it is partly sent).
     */
    public void abandonRest(OutMessage m) {
        StreamOut s = streams.get(m.streamId);
        if (s == null || m.fullyFragmented()) {
            return;
        }
        boolean head = s.queue.peekFirst() == m;
        if (s.queue.remove(m)) {
            account(s, m, -m.unsentBytes());
            m.offset = m.data.length;
            if (pinned == s && head) {
                pinned = null; // its started message is gone: the stream takes its turn again
                requeue(s);
            } else if (s.queue.isEmpty() && s.active) {
                active.remove(s);
                s.active = false;
            }
        }
    }

    /**
     * Drops every queued message and restarts every stream's sequence numbers, keeping the
     * weights (a peer restart, RFC 9260 §5.2.4 A); returns how many messages were dropped.
     */
    public long clear() {
        long dropped = 0;
        for (StreamOut s : streams.values()) {
            dropped += s.queue.size();
            s.queue.clear();
            s.buffered = 0;
            s.active = false;
            s.nextSsn = 0;
            s.nextMidOrdered = 0;
            s.nextMidUnordered = 0;
        }
        active.clear();
        pinned = null;
        totalBuffered = 0;
        return dropped;
    }

    /** RFC 6525 §5.1.2: after an outgoing reset the stream's sequence numbers restart at 0. */
    public void resetSequence(int streamId) {
        StreamOut s = stream(streamId);
        s.nextSsn = 0;
        s.nextMidOrdered = 0;
        s.nextMidUnordered = 0;
    }
}
