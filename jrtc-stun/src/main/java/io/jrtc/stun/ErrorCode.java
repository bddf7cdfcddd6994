package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * ERROR-CODE (RFC 8489 §14.8): a code 300-699 and a reason phrase, in error responses. On the
 * wire the hundreds digit (the class, 3-6) and the rest (the number, 0-99) are separate fields.
 *
 * <p>The constants are the codes STUN, TURN and ICE define, with the IANA registry's recommended
 * reason phrases; {@link #of(int)} picks that phrase for a code. Like {@link TextAttribute}, the
 * reason phrase is kept as the UTF-8 bytes that were sent; equality compares code and bytes.
 */
public final class ErrorCode implements StunAttribute {
    /** 300: the client should contact the ALTERNATE-SERVER instead (RFC 8489 §10). */
    public static final ErrorCode TRY_ALTERNATE = of(300);
    /** 400: the request was malformed. */
    public static final ErrorCode BAD_REQUEST = of(400);
    /** 401: missing or wrong credentials; for long-term credentials a challenge (REALM, NONCE). */
    public static final ErrorCode UNAUTHENTICATED = of(401);
    /** 403: the request was valid but cannot be performed (TURN, RFC 8656 §18.8). */
    public static final ErrorCode FORBIDDEN = of(403);
    /** 420: comprehension-required attributes were not understood; lists them in UNKNOWN-ATTRIBUTES. */
    public static final ErrorCode UNKNOWN_ATTRIBUTE = of(420);
    /** 437: the request conflicts with the TURN allocation (or lack of one) on this 5-tuple. */
    public static final ErrorCode ALLOCATION_MISMATCH = of(437);
    /** 438: the NONCE is no longer valid; retry with the new one in this response. */
    public static final ErrorCode STALE_NONCE = of(438);
    /** 440: the server does not support the requested address family (RFC 8656). */
    public static final ErrorCode ADDRESS_FAMILY_NOT_SUPPORTED = of(440);
    /** 441: the credentials differ from those of the allocation's creation request (RFC 8656). */
    public static final ErrorCode WRONG_CREDENTIALS = of(441);
    /** 442: the REQUESTED-TRANSPORT protocol is not supported (RFC 8656). */
    public static final ErrorCode UNSUPPORTED_TRANSPORT_PROTOCOL = of(442);
    /** 443: the peer address family differs from the relayed address family (RFC 8656). */
    public static final ErrorCode PEER_ADDRESS_FAMILY_MISMATCH = of(443);
    /** 486: the user has reached the server's allocation quota (RFC 8656). */
    public static final ErrorCode ALLOCATION_QUOTA_REACHED = of(486);
    /** 487: both ICE agents claimed the same role; switch role (RFC 8445 §7.3.1.1). */
    public static final ErrorCode ROLE_CONFLICT = of(487);
    /** 500: a temporary server error; the client may retry. */
    public static final ErrorCode SERVER_ERROR = of(500);
    /** 508: the TURN server cannot allocate a relayed address now (RFC 8656). */
    public static final ErrorCode INSUFFICIENT_CAPACITY = of(508);

    private final int code;
    private final byte[] reason;

    /**
     * @param code the error code, 300-699
     * @param reason the reason phrase, for diagnostics (may be empty)
     */
    public ErrorCode(int code, String reason) {
        this(checkCode(code), reason.getBytes(StandardCharsets.UTF_8));
    }

    private ErrorCode(int code, byte[] reason) {
        this.code = code;
        this.reason = reason;
    }

    private static int checkCode(int code) {
        if (code < 300 || code > 699) {
            throw new IllegalArgumentException("STUN error codes are 300-699 (RFC 8489 §14.8), got " + code);
        }
        return code;
    }

    /** The error code, 300-699. */
    public int code() {
        return code;
    }

    /** The reason phrase (malformed UTF-8 on the wire shows as U+FFFD). */
    public String reason() {
        return new String(reason, StandardCharsets.UTF_8);
    }

    /** The code with its recommended reason phrase (or "Error NNN" for codes without one). */
    public static ErrorCode of(int code) {
        return new ErrorCode(code, defaultReason(code));
    }

    /** The same code with another reason phrase. */
    public ErrorCode withReason(String newReason) {
        return new ErrorCode(code, newReason);
    }

    /** The class field: the hundreds digit, 3-6. */
    public int errorClass() {
        return code / 100;
    }

    /** The number field: the code modulo 100. */
    public int number() {
        return code % 100;
    }

    /** The IANA recommended reason phrase for {@code code}, or "Error NNN" if there is none. */
    public static String defaultReason(int code) {
        return switch (code) {
            case 300 -> "Try Alternate";
            case 400 -> "Bad Request";
            case 401 -> "Unauthenticated";
            case 403 -> "Forbidden";
            case 420 -> "Unknown Attribute";
            case 437 -> "Allocation Mismatch";
            case 438 -> "Stale Nonce";
            case 440 -> "Address Family not Supported";
            case 441 -> "Wrong Credentials";
            case 442 -> "Unsupported Transport Protocol";
            case 443 -> "Peer Address Family Mismatch";
            case 486 -> "Allocation Quota Reached";
            case 487 -> "Role Conflict";
            case 500 -> "Server Error";
            case 508 -> "Insufficient Capacity";
            default -> "Error " + code;
        };
    }

    @Override
    public int type() {
        return StunAttributeType.ERROR_CODE;
    }

    // The 21 reserved bits "SHOULD be 0 ... Receivers MUST ignore these bits" (§14.8), so only the
    // low 3 bits of byte 2 are the class.
    static ErrorCode decode(AttributeReader r) {
        if (r.length() < 4) {
            throw r.fail("length " + r.length() + ", expected at least 4");
        }
        int errorClass = r.u8(2) & 0x07;
        int number = r.u8(3);
        if (errorClass < 3 || errorClass > 6) {
            throw r.fail("class " + errorClass + ", expected 3-6");
        }
        if (number > 99) {
            throw r.fail("number " + number + ", expected 0-99");
        }
        return new ErrorCode(errorClass * 100 + number, r.bytes(4, r.length() - 4));
    }

    void encode(WireWriter w) {
        w.u16(0);
        w.u8(errorClass());
        w.u8(number());
        w.bytes(reason);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ErrorCode e && code == e.code && Arrays.equals(reason, e.reason);
    }

    @Override
    public int hashCode() {
        return 31 * code + Arrays.hashCode(reason);
    }

    @Override
    public String toString() {
        return "ErrorCode[" + code + " " + reason() + "]";
    }
}
