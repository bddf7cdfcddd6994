package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/**
 * Zero Checksum Acceptable parameter (RFC 9653 §5.1): the sender accepts packets with a zero
 * checksum when they are protected by the named Error Detection Method ({@link #EDMID_DTLS} = 1,
 * SCTP over DTLS, RFC 9653 §7).
 */
public record ZeroChecksumAcceptableParameter(long edmid) implements Parameter {
    /** The error detection method "SCTP over DTLS" (RFC 9653 §7). */
    public static final long EDMID_DTLS = 1;

    @Override
    public int type() {
        return ZERO_CHECKSUM_ACCEPTABLE;
    }

    @Override
    public void writeValue(Writer w) {
        w.u32(edmid);
    }
}
