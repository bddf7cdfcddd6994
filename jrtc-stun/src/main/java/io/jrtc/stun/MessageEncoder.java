package io.jrtc.stun;

import io.jrtc.stun.internal.Bytes;
import io.jrtc.stun.internal.MessageAuth;
import io.jrtc.stun.internal.WireWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Encodes a message from its parts, computing MESSAGE-INTEGRITY, MESSAGE-INTEGRITY-SHA256 and
 * FINGERPRINT last, in that order (RFC 8489 §14.5-§14.7). Each is computed over the bytes written
 * so far with the header length set to end right after the attribute being added; the final
 * length is written at the end.
 */
final class MessageEncoder {
    private MessageEncoder() {}

    /** The most attribute bytes the 16-bit length field can describe, rounded down to 4. */
    private static final int MAX_BODY = 0xFFFC;

    /** What to compute and append after the explicit attributes. */
    record Trailer(byte[] integrityKey, byte[] integritySha256Key, int integritySha256Length, boolean fingerprint) {}

    /**
     * @param paddings packed padding bytes per attribute (see {@link MessageDecoder#packPadding}),
     *     or -1 to pad with {@code paddingByte}
     */
    static StunMessage encode(StunMessageType type, TransactionId transactionId, List<StunAttribute> attributes,
            List<Integer> paddings, int paddingByte, Trailer trailer) {
        WireWriter w = new WireWriter(StunMessage.HEADER_LENGTH + 16 * attributes.size() + 64);
        w.u16(type.value());
        w.u16(0);
        w.u32(StunMessage.MAGIC_COOKIE);
        w.bytes(transactionId.toByteArray());

        int defaultPadding = (paddingByte & 0xFF) * 0x010101;
        List<StunAttribute> all = new ArrayList<>(attributes);
        int[] usedPaddings = new int[attributes.size() + 3];
        int[] offsets = {-1, -1, -1};
        IntegrityOrder order = IntegrityOrder.START;
        for (int i = 0; i < attributes.size(); i++) {
            StunAttribute a = attributes.get(i);
            order = advance(order, a);
            int padding = paddings.get(i) < 0 ? defaultPadding : paddings.get(i);
            usedPaddings[i] = padding;
            noteOffset(offsets, a.type(), w.position());
            write(w, a, padding);
        }
        if (trailer.integrityKey() != null) {
            order = append(w, all, offsets, order, integrity(w, trailer.integrityKey()));
        }
        if (trailer.integritySha256Key() != null) {
            order = append(w, all, offsets, order,
                    integritySha256(w, trailer.integritySha256Key(), trailer.integritySha256Length()));
        }
        if (trailer.fingerprint()) {
            int length = checkedLength(w.position() + 8);
            append(w, all, offsets, order, new Fingerprint(MessageAuth.fingerprint(w.array(), w.position(), length)));
        }
        w.setU16(2, checkedLength(w.position()));
        return new StunMessage(w.toByteArray(), all, Arrays.copyOf(usedPaddings, all.size()),
                offsets[0], offsets[1], offsets[2]);
    }

    private static MessageIntegrity integrity(WireWriter w, byte[] key) {
        int length = checkedLength(w.position() + 4 + MessageIntegrity.LENGTH);
        return new MessageIntegrity(MessageAuth.hmac(MessageAuth.HMAC_SHA1, key, w.array(), w.position(), length));
    }

    private static MessageIntegritySha256 integritySha256(WireWriter w, byte[] key, int truncatedLength) {
        int length = checkedLength(w.position() + 4 + truncatedLength);
        byte[] hmac = MessageAuth.hmac(MessageAuth.HMAC_SHA256, key, w.array(), w.position(), length);
        return new MessageIntegritySha256(Arrays.copyOf(hmac, truncatedLength));
    }

    private static IntegrityOrder append(WireWriter w, List<StunAttribute> all, int[] offsets,
            IntegrityOrder order, StunAttribute a) {
        IntegrityOrder next = advance(order, a);
        noteOffset(offsets, a.type(), w.position());
        write(w, a, 0);
        all.add(a);
        return next;
    }

    private static IntegrityOrder advance(IntegrityOrder order, StunAttribute a) {
        IntegrityOrder next = order.after(a.type());
        if (next == null) {
            // A receiver would ignore it (RFC 8489 §14.5-§14.7), so the message would not mean what
            // the caller built.
            throw new IllegalStateException(a.typeName() + " cannot follow " + switch (order) {
                case AFTER_INTEGRITY -> "MESSAGE-INTEGRITY (only MESSAGE-INTEGRITY-SHA256 and FINGERPRINT may)";
                case AFTER_INTEGRITY_SHA256 -> "MESSAGE-INTEGRITY-SHA256 (only FINGERPRINT may)";
                default -> "FINGERPRINT, which must be last";
            });
        }
        return next;
    }

    private static void noteOffset(int[] offsets, int type, int offset) {
        switch (type) {
            case StunAttributeType.MESSAGE_INTEGRITY -> offsets[0] = offset;
            case StunAttributeType.MESSAGE_INTEGRITY_SHA256 -> offsets[1] = offset;
            case StunAttributeType.FINGERPRINT -> offsets[2] = offset;
            default -> { }
        }
    }

    /** Type, length, value, then padding to 4 bytes from the packed padding bytes. */
    private static void write(WireWriter w, StunAttribute a, int packedPadding) {
        int start = w.position();
        w.u16(a.type());
        w.u16(0);
        AttributeCodec.encodeValue(a, w);
        int length = w.position() - start - 4;
        if (length > 0xFFFF) {
            throw new IllegalArgumentException(a.typeName() + " value is " + length + " bytes, more than 65535");
        }
        w.setU16(start + 2, length);
        for (int i = 0; i < Bytes.padded(length) - length; i++) {
            w.u8(packedPadding >>> (8 * i));
        }
        checkedLength(w.position());
    }

    /** The header length field for a message ending at {@code end}, if it fits 16 bits. */
    private static int checkedLength(int end) {
        int body = end - StunMessage.HEADER_LENGTH;
        if (body > MAX_BODY) {
            throw new IllegalArgumentException("message would have " + body
                    + " bytes of attributes, more than the 16-bit length field allows");
        }
        return body;
    }
}
