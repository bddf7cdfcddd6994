package io.jrtc.sctp.internal;

import io.jrtc.sctp.internal.Writer;

/** One DATA or I-DATA fragment in flight: a slice of its message plus retransmission state. */
public final class OutChunk {
    public final OutMessage message;
    public final long tsn;
    public final int offset;
    public final int length;
    public final boolean beginning;
    public final boolean ending;
    public final long fsn;
    public final boolean idata;
    public long sentAt;
    public int transmits;
    // links of SendOrder, the in-flight list ordered by send time
    OutChunk prevSent;
    OutChunk nextSent;
    boolean queued;
    public boolean lost;
    public boolean abandoned;

    OutChunk(OutMessage message, long tsn, int offset, int length, long fsn, boolean idata) {
        this.message = message;
        this.tsn = tsn;
        this.offset = offset;
        this.length = length;
        this.beginning = offset == 0;
        this.ending = offset + length == message.data.length;
        this.fsn = fsn;
        this.idata = idata;
    }

    /** Bytes on the wire including chunk header and padding. */
    public int wireSize() {
        return (headerSize(idata) + length + 3) & ~3;
    }

    public static int headerSize(boolean idata) {
        return idata ? 20 : 16;
    }

    /** Writes the chunk (RFC 9260 §3.3.1 or RFC 8260 §2.1) straight from the message bytes. */
    public void write(Writer w) {
        write(w, false);
    }

    /** Writes the chunk, with the I bit (RFC 7053) when {@code immediate}. */
    public void write(Writer w, boolean immediate) {
        int flags = (immediate ? 8 : 0) | (message.ordered ? 0 : 4) | (beginning ? 2 : 0) | (ending ? 1 : 0);
        w.u8(idata ? 64 : 0).u8(flags).u16(headerSize(idata) + length).u32(tsn & 0xffffffffL).u16(message.streamId);
        if (idata) {
            w.u16(0).u32(message.sequence & 0xffffffffL).u32(beginning ? message.ppid : fsn);
        } else {
            w.u16((int) message.sequence & 0xffff).u32(message.ppid);
        }
        w.bytes(message.data, offset, length).pad(0);
    }
}
