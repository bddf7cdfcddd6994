package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/**
 * PAD chunk (RFC 4820 §3): {@code paddingLength} bytes of filler that only make a packet larger.
 * PLPMTUD (RFC 8899 §6.2.1) bundles it with a HEARTBEAT to build a probe of a chosen size, so a
 * peer may send it to us: the receiver ignores it, and the padding's content is never read. jrtc
 * itself does not send it (see {@link PathMtuDiscovery}): although its type's top bits (10) tell a
 * peer that does not know it to skip it and report it (RFC 9260 §3.2), werift 0.24 does not.
 *
 * @param paddingLength bytes of padding after the 4-byte chunk header
 */
public record PadChunk(int paddingLength) implements Chunk {
    /** Checks the length fits a chunk. */
    public PadChunk {
        if (paddingLength < 0 || paddingLength > 65_535 - 4) {
            throw new IllegalArgumentException("PAD length must be in 0..65531: " + paddingLength);
        }
    }

    @Override
    public int type() {
        return PAD;
    }

    @Override
    public int flags() {
        return 0;
    }

    @Override
    public void writeValue(Writer w) {
        w.zeros(paddingLength);
    }
}
