package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/**
 * DATA chunk (RFC 9260 §3.3.1): one fragment of a user message.
 *
 * @param unordered the U bit: deliver without regard to the stream sequence number
 * @param beginning the B bit: first fragment
 * @param ending the E bit: last fragment
 * @param immediate the I bit (RFC 7053): ask the receiver to SACK at once
 * @param tsn transmission sequence number (32-bit serial)
 * @param streamId stream identifier
 * @param ssn stream sequence number (16-bit serial)
 * @param ppid payload protocol identifier
 * @param payload user data, not copied
 */
public record DataChunk(boolean unordered, boolean beginning, boolean ending, boolean immediate,
        long tsn, int streamId, int ssn, long ppid, byte[] payload) implements Chunk {
    /** Bytes of header before the payload, chunk header included. */
    public static final int HEADER_SIZE = 16;

    @Override
    public int type() {
        return DATA;
    }

    @Override
    public int flags() {
        return (immediate ? 8 : 0) | (unordered ? 4 : 0) | (beginning ? 2 : 0) | (ending ? 1 : 0);
    }

    @Override
    public void writeValue(Writer w) {
        w.u32(tsn).u16(streamId).u16(ssn).u32(ppid).bytes(payload);
    }
}
