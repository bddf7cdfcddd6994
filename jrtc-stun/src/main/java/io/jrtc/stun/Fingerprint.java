package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;

/**
 * FINGERPRINT (RFC 8489 §14.7): CRC-32 of the message before this attribute, XOR 0x5354554e. It
 * tells STUN apart from other protocols on the same port. To add one, call
 * {@link StunMessageBuilder#fingerprint()}; to check one, {@link StunMessage#checkFingerprint()}.
 * Constructing this attribute directly carries a value as is (for re-encoding a decoded message).
 *
 * @param value the 32-bit value as it appears on the wire
 */
public record Fingerprint(int value) implements StunAttribute {
    /** The constant the CRC is XOR-ed with, "STUN" in ASCII. */
    public static final int XOR_MASK = 0x5354554e;

    @Override
    public int type() {
        return StunAttributeType.FINGERPRINT;
    }

    static Fingerprint decode(AttributeReader r) {
        r.requireLength(4);
        return new Fingerprint((int) r.u32(0));
    }

    void encode(WireWriter w) {
        w.u32(value & 0xFFFF_FFFFL);
    }

    @Override
    public String toString() {
        return String.format("Fingerprint[%08x]", value);
    }
}
