package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/** Supported Extensions parameter (RFC 5061 §4.2.7): the chunk types the sender understands. */
public record SupportedExtensionsParameter(byte[] chunkTypes) implements Parameter {
    @Override
    public int type() {
        return SUPPORTED_EXTENSIONS;
    }

    /** Whether {@code chunkType} is listed. */
    public boolean supports(int chunkType) {
        for (byte b : chunkTypes) {
            if ((b & 0xff) == chunkType) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void writeValue(Writer w) {
        w.bytes(chunkTypes);
    }
}
