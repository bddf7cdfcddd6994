package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/**
 * I-DATA chunk (RFC 8260 §2.1): a fragment identified by message identifier and fragment sequence
 * number so that messages of different streams can interleave.
 *
 * @param mid message identifier (32-bit serial)
 * @param ppidOrFsn the PPID in the first fragment (B bit set), the fragment sequence number otherwise
 */
public record IDataChunk(boolean unordered, boolean beginning, boolean ending, boolean immediate,
        long tsn, int streamId, long mid, long ppidOrFsn, byte[] payload) implements Chunk {
    /** Bytes of header before the payload, chunk header included. */
    public static final int HEADER_SIZE = 20;

    @Override
    public int type() {
        return I_DATA;
    }

    @Override
    public int flags() {
        return (immediate ? 8 : 0) | (unordered ? 4 : 0) | (beginning ? 2 : 0) | (ending ? 1 : 0);
    }

    @Override
    public void writeValue(Writer w) {
        w.u32(tsn).u16(streamId).u16(0).u32(mid).u32(ppidOrFsn).bytes(payload);
    }
}
