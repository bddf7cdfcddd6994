package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/**
 * A chunk type this codec does not interpret; the two high bits of its type say whether the
 * receiver skips it and whether it reports it (RFC 9260 §3.2).
 */
public record UnknownChunk(int type, int flags, byte[] value) implements Chunk {
    /** RFC 9260 §3.2: upper bit set means skip this chunk and continue processing the packet. */
    public boolean skipIfUnrecognized() {
        return (type & 0x80) != 0;
    }

    /** RFC 9260 §3.2: second bit set means report it in an ERROR (Unrecognized Chunk Type). */
    public boolean reportIfUnrecognized() {
        return (type & 0x40) != 0;
    }

    @Override
    public void writeValue(Writer w) {
        w.bytes(value);
    }
}
