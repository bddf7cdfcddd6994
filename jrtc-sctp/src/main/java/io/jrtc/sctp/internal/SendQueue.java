package io.jrtc.sctp.internal;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Messages waiting for their first transmission, per stream, with a round-robin scheduler: with
 * DATA a started message is finished first (its fragments need consecutive TSNs, RFC 9260
 * §6.9); with I-DATA streams take turns fragment by fragment (RFC 8260 §1), so one large message
 * never blocks the others.
 */
public final class SendQueue {
    private static final class StreamOut {
        final ArrayDeque<OutMessage> queue = new ArrayDeque<>();
        long buffered;
        int nextSsn;
        long nextMidOrdered;
        long nextMidUnordered;
        boolean active;
    }

    private final Map<Integer, StreamOut> streams = new HashMap<>();
    private final ArrayDeque<Integer> active = new ArrayDeque<>();
    private long totalBuffered;

    private StreamOut stream(int id) {
        return streams.computeIfAbsent(id, k -> new StreamOut());
    }

    public void add(OutMessage m) {
        StreamOut s = stream(m.streamId);
        s.queue.add(m);
        account(s, m, m.data.length);
        if (!s.active) {
            s.active = true;
            active.add(m.streamId);
        }
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
        return active.isEmpty();
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
        while (!active.isEmpty()) {
            int id = active.peekFirst();
            StreamOut s = streams.get(id);
            OutMessage m = s.queue.peekFirst();
            if (m == null) {
                s.active = false;
                active.pollFirst();
                continue;
            }
            if (m.abandoned || (m.offset == 0 && now >= m.expiresAt)) {
                dropHead(s, m);
                if (!m.abandoned) {
                    m.abandoned = true;
                    onExpired.accept(m);
                }
                continue;
            }
            return cut(s, m, now, tsn, maxPayload, idata);
        }
        return null;
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
        boolean done = m.fullyFragmented();
        if (done) {
            s.queue.pollFirst();
        }
        if (done || idata) {
            active.pollFirst();
            if (s.queue.isEmpty()) {
                s.active = false;
            } else {
                active.addLast(m.streamId);
            }
        }
        return c;
    }

    /** Drops the unsent rest of an abandoned message that was already started. */
    public void abandonRest(OutMessage m) {
        StreamOut s = streams.get(m.streamId);
        if (s != null && !m.fullyFragmented() && s.queue.remove(m)) {
            account(s, m, -m.unsentBytes());
            m.offset = m.data.length;
        }
    }

    /** RFC 6525 §5.1.2: after an outgoing reset the stream's sequence numbers restart at 0. */
    public void resetSequence(int streamId) {
        StreamOut s = stream(streamId);
        s.nextSsn = 0;
        s.nextMidOrdered = 0;
        s.nextMidUnordered = 0;
    }
}
