package io.jrtc.srtp;

/**
 * Thrown by protect when the master key has protected as many packets as RFC 3711 §9.2 allows
 * (2^48 SRTP or 2^31 SRTCP packets, or a lower configured limit). Sending must stop until the
 * session is re-keyed (for DTLS-SRTP: a new handshake); the context will not protect again.
 */
public final class SrtpKeyLifetimeException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** @param message which limit was reached and what to do */
    public SrtpKeyLifetimeException(String message) {
        super(message);
    }
}
