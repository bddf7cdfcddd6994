package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.Bytes;
import io.jrtc.stun.internal.WireWriter;
import java.util.Arrays;

/**
 * MESSAGE-INTEGRITY-SHA256 (RFC 8489 §14.6): HMAC-SHA256 of the message up to this attribute,
 * with the header length adjusted to end here, possibly truncated: the value is 16 to 32 bytes
 * and a multiple of 4. To add one, call
 * {@link StunMessageBuilder#messageIntegritySha256(byte[], int)}; to verify,
 * {@link StunMessage#checkIntegritySha256(byte[])}.
 *
 * @param hmac the (leading bytes of the) HMAC, 16-32 bytes, a multiple of 4 (copied in and out)
 */
public record MessageIntegritySha256(byte[] hmac) implements StunAttribute {
    /** Shortest allowed value, in bytes. */
    public static final int MIN_LENGTH = 16;
    /** Full HMAC-SHA256 length, in bytes. */
    public static final int MAX_LENGTH = 32;

    public MessageIntegritySha256 {
        if (!isValidLength(hmac.length)) {
            throw new IllegalArgumentException(
                    "MESSAGE-INTEGRITY-SHA256 is 16-32 bytes and a multiple of 4, got " + hmac.length);
        }
        hmac = hmac.clone();
    }

    /** True for 16, 20, 24, 28, 32: the lengths §14.6 allows. */
    public static boolean isValidLength(int length) {
        return length >= MIN_LENGTH && length <= MAX_LENGTH && length % 4 == 0;
    }

    /** A copy of the value. */
    @Override
    public byte[] hmac() {
        return hmac.clone();
    }

    @Override
    public int type() {
        return StunAttributeType.MESSAGE_INTEGRITY_SHA256;
    }

    static MessageIntegritySha256 decode(AttributeReader r) {
        if (!isValidLength(r.length())) {
            throw r.fail("length " + r.length() + ", expected 16-32 and a multiple of 4");
        }
        return new MessageIntegritySha256(r.bytes(0, r.length()));
    }

    void encode(WireWriter w) {
        w.bytes(hmac);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MessageIntegritySha256 m && Arrays.equals(hmac, m.hmac);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hmac);
    }

    @Override
    public String toString() {
        return "MessageIntegritySha256[" + Bytes.hex(hmac) + "]";
    }
}
