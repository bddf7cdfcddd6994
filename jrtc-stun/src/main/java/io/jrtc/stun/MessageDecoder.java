package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.Bytes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Decodes RFC 8489 messages. Every check that can fail on network input throws
 * {@link StunParseException}; the attribute values are decoded by their own classes through
 * {@link AttributeCodec}, over an {@link AttributeReader} that bounds-checks every read.
 */
final class MessageDecoder {
    private MessageDecoder() {}

    static StunMessage decode(byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        checkHeader(buf, off, len);
        // One private copy: the message stays valid when the caller reuses its receive buffer, and
        // the integrity checks need the original bytes (padding and ignored attributes included).
        byte[] wire = Arrays.copyOfRange(buf, off, off + len);
        return decodeAttributes(wire);
    }

    /** RFC 8489 §6 header rules; see also {@link StunMessage#isStun}. */
    private static void checkHeader(byte[] buf, int off, int len) {
        if (len < StunMessage.HEADER_LENGTH) {
            throw new StunParseException(0, "header: message is " + len + " bytes, shorter than the 20-byte STUN header");
        }
        int typeField = Bytes.u16(buf, off);
        if ((typeField & 0xC000) != 0) {
            throw new StunParseException(0, String.format(
                    "header: message type 0x%04X does not start with two zero bits, not STUN (RFC 8489 §6)", typeField));
        }
        int length = Bytes.u16(buf, off + 2);
        if ((length & 3) != 0) {
            throw new StunParseException(2, "header at offset 2: message length " + length
                    + " is not a multiple of 4 (attributes are padded to 4 bytes, RFC 8489 §14)");
        }
        long cookie = Bytes.u32(buf, off + 4);
        if (cookie != StunMessage.MAGIC_COOKIE) {
            throw new StunParseException(4, String.format(
                    "header at offset 4: magic cookie 0x%08X, expected 0x2112A442 (RFC 3489 messages are not supported)", cookie));
        }
        if (length != len - StunMessage.HEADER_LENGTH) {
            throw new StunParseException(2, "header at offset 2: message length " + length + ", but "
                    + (len - StunMessage.HEADER_LENGTH) + " bytes follow the header");
        }
    }

    private static StunMessage decodeAttributes(byte[] wire) {
        List<StunAttribute> attributes = new ArrayList<>();
        int[] paddings = new int[wire.length / 4];
        int integrity = -1;
        int integritySha256 = -1;
        int fingerprint = -1;
        IntegrityOrder order = IntegrityOrder.START;
        int pos = StunMessage.HEADER_LENGTH;
        while (pos < wire.length) {
            // pos is 4-aligned and the message length is a multiple of 4, so the 4-byte header fits.
            int type = Bytes.u16(wire, pos);
            int length = Bytes.u16(wire, pos + 2);
            int room = wire.length - pos - 4;
            // room is a multiple of 4 too, so a value that fits also fits with its padding.
            if (length > room) {
                throw new StunParseException(pos, "attribute " + StunAttributeType.name(type) + " at offset " + pos
                        + ": length " + length + " overruns the message (" + room + " bytes left)");
            }
            IntegrityOrder next = order.after(type);
            // §14.5-§14.7: after MESSAGE-INTEGRITY only MESSAGE-INTEGRITY-SHA256 and FINGERPRINT
            // count, after MESSAGE-INTEGRITY-SHA256 only FINGERPRINT, after FINGERPRINT nothing.
            // Ignored attributes are not decoded (they are not covered by the integrity check).
            if (next != null) {
                order = next;
                paddings[attributes.size()] = packPadding(wire, pos + 4 + length, Bytes.padded(length) - length);
                attributes.add(AttributeCodec.decode(type, new AttributeReader(wire, pos, type, length)));
                switch (type) {
                    case StunAttributeType.MESSAGE_INTEGRITY -> integrity = pos;
                    case StunAttributeType.MESSAGE_INTEGRITY_SHA256 -> integritySha256 = pos;
                    case StunAttributeType.FINGERPRINT -> fingerprint = pos;
                    default -> { }
                }
            }
            pos += 4 + Bytes.padded(length);
        }
        return new StunMessage(wire, attributes, Arrays.copyOf(paddings, attributes.size()),
                integrity, integritySha256, fingerprint);
    }

    /** Up to three padding bytes, first in the low byte; {@link MessageEncoder} writes them back. */
    static int packPadding(byte[] wire, int at, int count) {
        int packed = 0;
        for (int i = 0; i < count; i++) {
            packed |= (wire[at + i] & 0xFF) << (8 * i);
        }
        return packed;
    }
}
