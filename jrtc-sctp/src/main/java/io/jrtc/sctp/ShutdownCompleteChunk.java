package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/** SHUTDOWN COMPLETE chunk (RFC 9260 §3.3.13); T bit as in {@link AbortChunk}. */
public record ShutdownCompleteChunk(boolean tagReflected) implements Chunk {
    @Override
    public int type() {
        return SHUTDOWN_COMPLETE;
    }

    @Override
    public int flags() {
        return tagReflected ? 1 : 0;
    }

    @Override
    public void writeValue(Writer w) {
        // empty value
    }
}
