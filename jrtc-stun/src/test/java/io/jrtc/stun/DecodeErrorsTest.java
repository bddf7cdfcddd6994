package io.jrtc.stun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Malformed messages fail with a StunParseException that says what and where. */
class DecodeErrorsTest {
    private static final String HEADER = "2112a442 000102030405060708090a0b";

    /** A Binding request with these attribute bytes; the length field is computed. */
    private static byte[] message(String attributesHex) {
        byte[] attrs = HexFormat.of().parseHex(attributesHex.replace(" ", ""));
        byte[] head = HexFormat.of().parseHex(String.format("0001%04x", attrs.length) + HEADER.replace(" ", ""));
        byte[] out = new byte[head.length + attrs.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(attrs, 0, out, head.length, attrs.length);
        return out;
    }

    private static StunParseException fails(byte[] wire) {
        return assertThrows(StunParseException.class, () -> StunMessage.decode(wire));
    }

    private static void failsWith(byte[] wire, int offset, String message) {
        StunParseException e = fails(wire);
        assertEquals(message, e.getMessage());
        assertEquals(offset, e.offset());
    }

    @Test
    void xorMappedAddressWithWrongLength() {
        failsWith(message("00200006 0001a147e112 0000"), 20,
                "attribute XOR-MAPPED-ADDRESS at offset 20: length 6, expected 8 (IPv4) or 20 (IPv6)");
    }

    @Test
    void addressFamilyMustMatchLengthAndBeKnown() {
        failsWith(message("00010008 0003a147e112a643"), 20,
                "attribute MAPPED-ADDRESS at offset 20: address family 0x03, expected 0x01 (IPv4) or 0x02 (IPv6)");
        failsWith(message("00010008 0002a147e112a643"), 20,
                "attribute MAPPED-ADDRESS at offset 20: length 8 does not match family IPv6 (expected 20)");
    }

    @Test
    void headerProblems() {
        failsWith(new byte[0], 0, "header: message is 0 bytes, shorter than the 20-byte STUN header");
        failsWith(HexFormat.of().parseHex("000100002112a44200010203040506070809"), 0,
                "header: message is 18 bytes, shorter than the 20-byte STUN header");
        byte[] notStun = message("");
        notStun[0] = (byte) 0x80;
        failsWith(notStun, 0, "header: message type 0x8001 does not start with two zero bits, not STUN (RFC 8489 §6)");
        byte[] badCookie = message("");
        badCookie[7] = 0x43;
        failsWith(badCookie, 4,
                "header at offset 4: magic cookie 0x2112A443, expected 0x2112A442 (RFC 3489 messages are not supported)");
        byte[] oddLength = message("00250000");
        oddLength[3] = 3;
        failsWith(oddLength, 2,
                "header at offset 2: message length 3 is not a multiple of 4 (attributes are padded to 4 bytes, RFC 8489 §14)");
        byte[] tooLong = message("00250000");
        tooLong[3] = 8;
        failsWith(tooLong, 2, "header at offset 2: message length 8, but 4 bytes follow the header");
        byte[] trailing = message("00250000 00250000");
        trailing[3] = 4;
        failsWith(trailing, 2, "header at offset 2: message length 4, but 8 bytes follow the header");
    }

    @Test
    void attributeOverrunningTheMessage() {
        failsWith(message("00060010 61626364"), 20,
                "attribute USERNAME at offset 20: length 16 overruns the message (4 bytes left)");
        failsWith(message("00250000 00060005 61626364"), 24,
                "attribute USERNAME at offset 24: length 5 overruns the message (4 bytes left)");
    }

    @Test
    void fixedLengthAttributes() {
        failsWith(message("80280003 00000000"), 20, "attribute FINGERPRINT at offset 20: length 3, expected 4");
        failsWith(message("00080010" + "00".repeat(16)), 20, "attribute MESSAGE-INTEGRITY at offset 20: length 16, expected 20");
        failsWith(message("001c000c" + "00".repeat(12)), 20,
                "attribute MESSAGE-INTEGRITY-SHA256 at offset 20: length 12, expected 16-32 and a multiple of 4");
        failsWith(message("001c0012" + "00".repeat(20)), 20,
                "attribute MESSAGE-INTEGRITY-SHA256 at offset 20: length 18, expected 16-32 and a multiple of 4");
        failsWith(message("00250004 00000000"), 20, "attribute USE-CANDIDATE at offset 20: length 4, expected 0");
        failsWith(message("80290004 00000000"), 20, "attribute ICE-CONTROLLED at offset 20: length 4, expected 8");
        failsWith(message("001e0004 00000000"), 20, "attribute USERHASH at offset 20: length 4, expected 32");
        failsWith(message("00180000"), 20, "attribute EVEN-PORT at offset 20: length 0, expected 1");
    }

    @Test
    void structuredAttributes() {
        failsWith(message("000a0003 00010200"), 20,
                "attribute UNKNOWN-ATTRIBUTES at offset 20: length 3, expected a multiple of 2 (a list of 16-bit types)");
        failsWith(message("00090004 00000700"), 20, "attribute ERROR-CODE at offset 20: class 7, expected 3-6");
        failsWith(message("00090004 00000464"), 20, "attribute ERROR-CODE at offset 20: number 100, expected 0-99");
        failsWith(message("00090002 00000000"), 20, "attribute ERROR-CODE at offset 20: length 2, expected at least 4");
        failsWith(message("001d0004 00020001"), 20,
                "attribute PASSWORD-ALGORITHM at offset 20: length 4, expected 4 + parameters length 1");
        failsWith(message("80020006 00010004 0000 0000"), 20,
                "attribute PASSWORD-ALGORITHMS at offset 20: entry at value offset 0: parameters length 4 overruns the attribute");
    }

    @Test
    void errorCodeReservedBitsAreIgnored() {
        StunMessage m = StunMessage.decode(message("00090004 fffffc01"));
        assertEquals(new ErrorCode(401, ""), m.get(ErrorCode.class).orElseThrow());
    }

    @Test
    void unknownComprehensionRequiredAttributesAreListedOnce() {
        StunMessage m = StunMessage.decode(message("00310000 c0570004 01020304 00310000 7fff0001 01000000"));
        assertEquals(List.of(0x0031, 0x7fff), m.unknownComprehensionRequired());
        assertEquals(4, m.getAll(UnknownAttribute.class).size());
    }

    @Test
    void isStunIsStrictAboutTheHeader() {
        byte[] ok = message("00250000");
        assertTrue(StunMessage.isStun(ok, 0, ok.length));
        assertFalse(StunMessage.isStun(ok, 0, ok.length - 4), "length field must match");
        assertFalse(StunMessage.isStun(new byte[19], 0, 19));
        byte[] padded = new byte[ok.length + 6];
        System.arraycopy(ok, 0, padded, 3, ok.length);
        assertTrue(StunMessage.isStun(padded, 3, ok.length), "offset is honored");
        assertEquals(StunMessage.decode(ok), StunMessage.decode(padded, 3, ok.length));
    }

    @Test
    void byteBufferDecodeAdvancesOnlyOnSuccess() {
        byte[] ok = message("00250000");
        ByteBuffer heap = ByteBuffer.wrap(ok);
        StunMessage m = StunMessage.decode(heap);
        assertEquals(ok.length, heap.position());
        ByteBuffer direct = ByteBuffer.allocateDirect(ok.length).put(ok).flip();
        assertEquals(m, StunMessage.decode(direct));
        assertEquals(0, direct.remaining());
        ByteBuffer bad = ByteBuffer.wrap(new byte[10]);
        assertThrows(StunParseException.class, () -> StunMessage.decode(bad));
        assertEquals(0, bad.position());
    }

    @Test
    void offsetAndLengthOutsideTheArrayAreAProgrammingError() {
        assertThrows(IndexOutOfBoundsException.class, () -> StunMessage.decode(new byte[20], 4, 20));
    }
}
