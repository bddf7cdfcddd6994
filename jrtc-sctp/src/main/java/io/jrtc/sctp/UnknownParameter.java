package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/**
 * A parameter this codec does not interpret; the two high bits of its type say what a receiver
 * must do with it (RFC 9260 §3.2.1).
 */
public record UnknownParameter(int type, byte[] value) implements Parameter {
    @Override
    public void writeValue(Writer w) {
        w.bytes(value);
    }
}
