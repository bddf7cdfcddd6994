package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/** Forward-TSN-Supported parameter (RFC 3758 §3.1): the sender does partial reliability. */
public record ForwardTsnSupportedParameter() implements Parameter {
    @Override
    public int type() {
        return FORWARD_TSN_SUPPORTED;
    }

    @Override
    public void writeValue(Writer w) {
        // empty value
    }
}
