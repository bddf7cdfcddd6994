package io.jrtc.srtp;

/**
 * Why an SRTP/SRTCP operation did not produce a packet. Unprotect methods report these as negative
 * return values ({@link #code()}) instead of throwing, and count them
 * ({@link SrtpContext#dropped(SrtpError)}); {@link #of(int)} maps a return value back.
 */
public enum SrtpError {
    /** Too short for the header, tag and (SRTCP) index, or not RTP/RTCP version 2. */
    MALFORMED,
    /** The authentication tag (HMAC or GCM) did not verify. */
    AUTH_FAILED,
    /** This packet index was already received (RFC 3711 §3.3.2). */
    REPLAYED,
    /** The packet index is older than the replay window reaches (RFC 3711 §3.3.2). */
    TOO_OLD,
    /** The SSRC is not known and the configuration does not accept new ones, or too many SSRCs. */
    UNKNOWN_SSRC,
    /** The caller's buffer has no room for the result. */
    BUFFER_TOO_SMALL;

    private static final SrtpError[] VALUES = values();

    /** The negative value an unprotect method returns for this error. */
    public int code() {
        return -(ordinal() + 1);
    }

    /** The error a negative result stands for, or null for a non-negative (successful) result. */
    public static SrtpError of(int result) {
        if (result >= 0) {
            return null;
        }
        int i = -result - 1;
        return i < VALUES.length ? VALUES[i] : null;
    }
}
