package io.jrtc.stun;

/**
 * The 14-bit STUN message type: a method and a class, interleaved as RFC 8489 §5, Figure 3 shows.
 * The class bits sit at positions 4 (C0) and 8 (C1) because RFC 3489 had already assigned Binding
 * request 0x0001, response 0x0101 and error response 0x0111 before classes became bit fields:
 *
 * <pre>
 *   bit: 13  12  11  10   9   8   7   6   5   4   3   2   1   0
 *        M11 M10 M9  M8  M7  C1  M6  M5  M4  C0  M3  M2  M1  M0
 * </pre>
 *
 * @param method the method
 * @param messageClass the class
 */
public record StunMessageType(StunMethod method, StunClass messageClass) {
    /** Binding request (0x0001). */
    public static final StunMessageType BINDING_REQUEST = new StunMessageType(StunMethod.BINDING, StunClass.REQUEST);
    /** Binding success response (0x0101). */
    public static final StunMessageType BINDING_SUCCESS = new StunMessageType(StunMethod.BINDING, StunClass.SUCCESS_RESPONSE);
    /** Binding error response (0x0111). */
    public static final StunMessageType BINDING_ERROR = new StunMessageType(StunMethod.BINDING, StunClass.ERROR_RESPONSE);
    /** Binding indication (0x0011), the ICE keepalive (RFC 8445 §11). */
    public static final StunMessageType BINDING_INDICATION = new StunMessageType(StunMethod.BINDING, StunClass.INDICATION);

    public StunMessageType {
        if (method == null || messageClass == null) {
            throw new NullPointerException("method and class are required");
        }
    }

    /** The 14-bit wire value. */
    public int value() {
        int m = method.code();
        int c = messageClass.bits();
        return (m & 0x00F) | (m & 0x070) << 1 | (m & 0xF80) << 2 | (c & 0b01) << 4 | (c & 0b10) << 7;
    }

    /** Splits a 14-bit wire value (the two top bits of the 16-bit field must already be zero). */
    public static StunMessageType fromValue(int value) {
        int m = (value & 0x000F) | (value >> 1) & 0x0070 | (value >> 2) & 0x0F80;
        int c = (value >> 4) & 0b01 | (value >> 7) & 0b10;
        return new StunMessageType(new StunMethod(m), StunClass.fromBits(c));
    }

    /** The success response type for this request's method. */
    public StunMessageType successResponse() {
        return new StunMessageType(method, StunClass.SUCCESS_RESPONSE);
    }

    /** The error response type for this request's method. */
    public StunMessageType errorResponse() {
        return new StunMessageType(method, StunClass.ERROR_RESPONSE);
    }

    @Override
    public String toString() {
        String cls = switch (messageClass) {
            case REQUEST -> "request";
            case INDICATION -> "indication";
            case SUCCESS_RESPONSE -> "success response";
            case ERROR_RESPONSE -> "error response";
        };
        return method.name() + " " + cls;
    }
}
