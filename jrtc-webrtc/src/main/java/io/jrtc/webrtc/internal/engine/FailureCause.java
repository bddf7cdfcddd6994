package io.jrtc.webrtc.internal.engine;

/** Why the engine failed: the first failure wins and is reported once. */
public enum FailureCause {
    /** Every candidate pair failed, or consent was lost (RFC 7675). */
    ICE_FAILED,
    /** The peer's certificate matched none of the fingerprints of its description (RFC 8122 §5). */
    FINGERPRINT_MISMATCH,
    /** A fatal DTLS alert was sent or received. */
    DTLS_ALERT,
    /** The DTLS handshake did not complete in time. */
    DTLS_TIMEOUT
}
