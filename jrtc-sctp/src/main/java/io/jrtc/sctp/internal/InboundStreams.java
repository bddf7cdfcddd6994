package io.jrtc.sctp.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Ordered delivery per stream (RFC 9260 §6.6): complete messages wait until every earlier SSN
 * (or MID with I-DATA) of their stream has been delivered or skipped by a FORWARD TSN.
 */
public final class InboundStreams {
    private static final class In {
        long next;
        final TreeMap<Long, Delivered> waiting = new TreeMap<>();
    }

    private final Map<Integer, In> streams = new HashMap<>();
    private final boolean idata;
    private long heldBytes;

    public InboundStreams(boolean idata) {
        this.idata = idata;
    }

    public long heldBytes() {
        return heldBytes;
    }

    private In in(int id) {
        return streams.computeIfAbsent(id, k -> new In());
    }

    private long unwrap(In s, long seq) {
        return idata ? Serial.unwrap32(s.next, seq) : Serial.unwrap16(s.next, (int) seq);
    }

    public void accept(Delivered m, Consumer<Delivered> out) {
        if (m.unordered()) {
            out.accept(m);
            return;
        }
        In s = in(m.streamId());
        long seq = unwrap(s, m.sequence());
        if (seq < s.next) {
            return; // skipped by a FORWARD TSN or a duplicate message
        }
        s.waiting.put(seq, m);
        heldBytes += m.data().length;
        drain(s, out);
    }

    private void drain(In s, Consumer<Delivered> out) {
        Map.Entry<Long, Delivered> e;
        while ((e = s.waiting.firstEntry()) != null && e.getKey() == s.next) {
            s.waiting.pollFirstEntry();
            heldBytes -= e.getValue().data().length;
            s.next++;
            out.accept(e.getValue());
        }
    }

    /** FORWARD TSN: messages up to {@code seq} on the stream will never come (RFC 3758 §3.6). */
    public void skipThrough(int streamId, long seq, Consumer<Delivered> out) {
        In s = in(streamId);
        long last = unwrap(s, seq);
        if (last >= s.next) {
            var head = s.waiting.headMap(last, true);
            for (Delivered d : head.values()) {
                heldBytes -= d.data().length;
            }
            head.clear();
            s.next = last + 1;
        }
        drain(s, out);
    }

    /** RFC 6525 §5.2.2: an incoming stream reset restarts its sequence numbers at 0. */
    public void reset(int streamId) {
        In s = streams.remove(streamId);
        if (s != null) {
            for (Delivered d : s.waiting.values()) {
                heldBytes -= d.data().length;
            }
        }
    }
}
