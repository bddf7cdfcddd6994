package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.Bytes;
import io.jrtc.stun.internal.WireWriter;
import java.util.Arrays;

/**
 * An attribute whose type this module does not decode, kept as raw bytes so that it is re-encoded
 * unchanged. If its type is comprehension-required (0x0000-0x7FFF), a request carrying it must be
 * answered with 420; see {@link StunMessage#unknownComprehensionRequired()}.
 *
 * @param type the attribute type; must not be a type this module decodes ({@link StunAttributeType#isKnown})
 * @param value the value bytes without padding (copied in and out)
 */
public record UnknownAttribute(int type, byte[] value) implements StunAttribute {
    public UnknownAttribute {
        if (type < 0 || type > 0xFFFF) {
            throw new IllegalArgumentException("attribute types are 16 bits, got " + type);
        }
        if (StunAttributeType.isKnown(type)) {
            // A raw value of a known type would decode as the typed attribute, not as this one.
            throw new IllegalArgumentException(StunAttributeType.name(type) + " is a known attribute; use its own type");
        }
        value = value.clone();
    }

    /** A copy of the value bytes. */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /** True if a receiver must understand this attribute to process the message (RFC 8489 §14). */
    public boolean isComprehensionRequired() {
        return StunAttributeType.isComprehensionRequired(type);
    }

    static UnknownAttribute decode(int type, AttributeReader r) {
        return new UnknownAttribute(type, r.bytes(0, r.length()));
    }

    void encode(WireWriter w) {
        w.bytes(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownAttribute u && type == u.type && Arrays.equals(value, u.value);
    }

    @Override
    public int hashCode() {
        return 31 * type + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return String.format("UnknownAttribute[type=0x%04X, value=%s]", type, Bytes.hex(value));
    }
}
