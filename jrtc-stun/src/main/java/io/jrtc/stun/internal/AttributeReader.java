package io.jrtc.stun.internal;

import io.jrtc.stun.StunAttributeType;
import io.jrtc.stun.StunParseException;

/**
 * Bounds-checked reads of one attribute value inside a decoded message. Every read checks
 * against the attribute's own length, so a decoder that forgets a length check still fails with
 * {@link StunParseException} and never with an index exception.
 *
 * <p>The message bytes start at index 0 of {@code wire} (the decoder copies the message there),
 * so the magic cookie and transaction id needed for XOR decoding are at {@code wire[4..20)}.
 */
public final class AttributeReader {
    private final byte[] wire;
    private final int attributeOffset;
    private final int type;
    private final int length;

    /**
     * @param wire the message, starting at index 0
     * @param attributeOffset offset of the attribute's type field
     * @param type attribute type
     * @param length value length from the attribute header (already checked to fit)
     */
    public AttributeReader(byte[] wire, int attributeOffset, int type, int length) {
        this.wire = wire;
        this.attributeOffset = attributeOffset;
        this.type = type;
        this.length = length;
    }

    /** Value length in bytes, without padding. */
    public int length() {
        return length;
    }

    /** The whole message; the value starts at {@link #valueOffset()}. Do not modify. */
    public byte[] wire() {
        return wire;
    }

    /** Offset of the first value byte in {@link #wire()}. */
    public int valueOffset() {
        return attributeOffset + 4;
    }

    /** Fails unless the value is exactly {@code expected} bytes. */
    public void requireLength(int expected) {
        if (length != expected) {
            throw fail("length " + length + ", expected " + expected);
        }
    }

    public int u8(int at) {
        check(at, 1);
        return wire[valueOffset() + at] & 0xFF;
    }

    public int u16(int at) {
        check(at, 2);
        return Bytes.u16(wire, valueOffset() + at);
    }

    public long u32(int at) {
        check(at, 4);
        return Bytes.u32(wire, valueOffset() + at);
    }

    public long u64(int at) {
        check(at, 8);
        return Bytes.u64(wire, valueOffset() + at);
    }

    /** A copy of {@code count} value bytes starting at {@code at}. */
    public byte[] bytes(int at, int count) {
        check(at, count);
        byte[] out = new byte[count];
        System.arraycopy(wire, valueOffset() + at, out, 0, count);
        return out;
    }

    /** An exception naming this attribute and its offset, for a decoder to throw. */
    public StunParseException fail(String what) {
        return new StunParseException(attributeOffset,
                "attribute " + StunAttributeType.name(type) + " at offset " + attributeOffset + ": " + what);
    }

    private void check(int at, int count) {
        if (at < 0 || count < 0 || at > length - count) {
            throw fail("length " + length + ", too short to read " + count + " bytes at value offset " + at);
        }
    }
}
