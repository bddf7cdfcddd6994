package io.jrtc.stun;

/** The class of a STUN message, the two C bits of the message type (RFC 8489 §5). */
public enum StunClass {
    /** 0b00: a request, answered by a success or error response. */
    REQUEST(0b00),
    /** 0b01: an indication, never answered. */
    INDICATION(0b01),
    /** 0b10: a success response. */
    SUCCESS_RESPONSE(0b10),
    /** 0b11: an error response (carries ERROR-CODE). */
    ERROR_RESPONSE(0b11);

    private final int bits;

    StunClass(int bits) {
        this.bits = bits;
    }

    /** The two class bits, C1 C0. */
    public int bits() {
        return bits;
    }

    /** The class with these two bits (only the low two bits of {@code bits} are used). */
    public static StunClass fromBits(int bits) {
        return values()[bits & 0b11];
    }
}
