package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/** Re-configuration Response (RFC 6525 §4.4), without the optional TSN fields. */
public record ReconfigResponseParameter(long responseSeq, long result) implements Parameter {
    /** Success - Nothing to do. */
    public static final long SUCCESS_NOTHING_TO_DO = 0;
    /** Success - Performed. */
    public static final long SUCCESS_PERFORMED = 1;
    /** Denied. */
    public static final long DENIED = 2;
    /** Error - Wrong SSN. */
    public static final long ERROR_WRONG_SSN = 3;
    /** Error - Request already in progress. */
    public static final long ERROR_IN_PROGRESS = 4;
    /** Error - Bad Sequence Number. */
    public static final long ERROR_BAD_SEQUENCE = 5;
    /** In progress. */
    public static final long IN_PROGRESS = 6;

    @Override
    public int type() {
        return RECONFIG_RESPONSE;
    }

    @Override
    public void writeValue(Writer w) {
        w.u32(responseSeq).u32(result);
    }
}
