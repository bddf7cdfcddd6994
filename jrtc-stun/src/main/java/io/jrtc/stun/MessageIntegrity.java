package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.Bytes;
import io.jrtc.stun.internal.WireWriter;
import java.util.Arrays;

/**
 * MESSAGE-INTEGRITY (RFC 8489 §14.5): HMAC-SHA1 of the message up to this attribute, with the
 * header length adjusted to end here. To add one, call
 * {@link StunMessageBuilder#messageIntegrity(byte[])}; to verify,
 * {@link StunMessage#checkIntegrity(byte[])}. Constructing this attribute directly carries a value
 * as is (for re-encoding a decoded message).
 *
 * @param hmac the 20-byte HMAC (copied in and out)
 */
public record MessageIntegrity(byte[] hmac) implements StunAttribute {
    /** Length of the value in bytes. */
    public static final int LENGTH = 20;

    public MessageIntegrity {
        if (hmac.length != LENGTH) {
            throw new IllegalArgumentException("MESSAGE-INTEGRITY is 20 bytes, got " + hmac.length);
        }
        hmac = hmac.clone();
    }

    /** A copy of the 20 bytes. */
    @Override
    public byte[] hmac() {
        return hmac.clone();
    }

    @Override
    public int type() {
        return StunAttributeType.MESSAGE_INTEGRITY;
    }

    static MessageIntegrity decode(AttributeReader r) {
        r.requireLength(LENGTH);
        return new MessageIntegrity(r.bytes(0, LENGTH));
    }

    void encode(WireWriter w) {
        w.bytes(hmac);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MessageIntegrity m && Arrays.equals(hmac, m.hmac);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hmac);
    }

    @Override
    public String toString() {
        return "MessageIntegrity[" + Bytes.hex(hmac) + "]";
    }
}
