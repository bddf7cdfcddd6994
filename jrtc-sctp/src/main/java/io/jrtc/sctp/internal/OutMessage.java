package io.jrtc.sctp.internal;

import java.util.ArrayList;
import java.util.List;

/** A user message queued for sending, with its partial-reliability policy (RFC 3758). */
public final class OutMessage {
    public final int streamId;
    public final long ppid;
    public final byte[] data;
    public final boolean ordered;
    /** Retransmissions allowed before abandoning, or -1 for reliable. */
    public final int maxRetransmits;
    /** Virtual time after which the message is abandoned, or Long.MAX_VALUE. */
    public final long expiresAt;
    /** SSN (DATA) or MID (I-DATA), assigned when the first fragment is made. */
    public long sequence = -1;
    public int offset;
    public long nextFsn;
    public boolean abandoned;
    /** Whether the message counts toward the stream's bufferedAmount (false for DCEP control messages). */
    public boolean counted = true;
    final List<OutChunk> chunks = new ArrayList<>(1);

    public OutMessage(int streamId, long ppid, byte[] data, boolean ordered, int maxRetransmits, long expiresAt) {
        this.streamId = streamId;
        this.ppid = ppid;
        this.data = data;
        this.ordered = ordered;
        this.maxRetransmits = maxRetransmits;
        this.expiresAt = expiresAt;
    }

    public boolean fullyFragmented() {
        return offset >= data.length;
    }

    public int unsentBytes() {
        return data.length - offset;
    }
}
