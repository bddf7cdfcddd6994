package io.jrtc.dtls;

import java.util.Locale;

/** The states of a DTLS transport, as {@code RTCDtlsTransportState} names them. */
public enum DtlsState {
    /** Not started. */
    NEW,
    /** The handshake is under way. */
    CONNECTING,
    /** The handshake completed and the peer's certificate matched its fingerprint. */
    CONNECTED,
    /** Closed by close_notify from either side. */
    CLOSED,
    /** A fatal alert was sent or received, the fingerprint did not match, or the handshake timed out. */
    FAILED;

    /** The W3C string, e.g. {@code "connecting"}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state for a W3C string. */
    public static DtlsState fromString(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
