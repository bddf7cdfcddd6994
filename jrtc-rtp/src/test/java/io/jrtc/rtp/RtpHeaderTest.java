package io.jrtc.rtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** RFC 3550 §5.1 header fields and RFC 8285 extension elements, read and written. */
class RtpHeaderTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void readsTheFixedHeaderOfRfc7714sPacket() {
        // The RTP packet of RFC 7714 §16: PT 64, seq 0xf17b, ts 0x8041f8d3, SSRC 0x5501a0b2.
        byte[] p = hex("8040f17b 8041f8d3 5501a0b2 47616c6c 69612065");
        RtpHeader h = RtpHeader.parse(p, 0, p.length);
        assertEquals(2, h.version());
        assertFalse(h.marker());
        assertEquals(64, h.payloadType());
        assertEquals(0xf17b, h.sequenceNumber());
        assertEquals(0x8041f8d3L, h.timestamp());
        assertEquals(0x5501a0b2, h.ssrc());
        assertEquals(12, h.headerLength());
        assertEquals(12, h.payloadOffset());
        assertEquals(8, h.payloadLength());
        assertEquals(-1, h.extensionProfile());
        assertEquals(-1, h.extensionElementOffset(1));
    }

    @Test
    void worksAtAnOffsetWithoutCopying() {
        byte[] p = hex("ffff 80e0ffff 00000001 deadbeef 0102");
        RtpHeader h = RtpHeader.parse(p, 2, p.length - 2);
        assertTrue(h.marker());
        assertEquals(96, h.payloadType());
        assertEquals(65535, h.sequenceNumber());
        assertEquals(0xdeadbeef, h.ssrc());
        assertEquals(14, h.payloadOffset());
        p[5] = 7; // the view reads through to the array
        assertEquals(0xff07, h.sequenceNumber());
    }

    @Test
    void writerAndParserAgreeOnEveryField() {
        byte[] payload = {1, 2, 3, 4, 5};
        RtpPacketWriter w = new RtpPacketWriter().marker(true).payloadType(111).sequenceNumber(0x1234)
                .timestamp(0xFFFF_FFFEL).ssrc(0xCAFEBABE).csrcs(7, 8).padding(3)
                .extension(1, new byte[] {9}).extension(14, new byte[16]);
        byte[] out = new byte[100];
        int n = w.write(out, 4, payload, 0, payload.length);
        RtpHeader h = RtpHeader.parse(out, 4, n);
        assertTrue(h.marker());
        assertEquals(111, h.payloadType());
        assertEquals(0x1234, h.sequenceNumber());
        assertEquals(0xFFFF_FFFEL, h.timestamp());
        assertEquals(0xCAFEBABE, h.ssrc());
        assertEquals(2, h.csrcCount());
        assertEquals(8, h.csrc(1));
        assertTrue(h.isOneByteExtension());
        assertEquals(3, h.paddingLength());
        assertEquals(5, h.payloadLength());
        assertEquals(w.headerLength(), h.headerLength());
        assertArrayEquals(payload, Arrays.copyOfRange(out, h.payloadOffset(), h.payloadOffset() + 5));
        assertEquals(1, h.extensionElementLength(1));
        assertEquals(9, out[h.extensionElementOffset(1)]);
        assertEquals(16, h.extensionElementLength(14));
        assertEquals(-1, h.extensionElementLength(2));
        assertThrows(IndexOutOfBoundsException.class, () -> h.csrc(2));
    }

    @Test
    void twoByteFormIsChosenWhenAnElementNeedsIt() {
        byte[] big = new byte[20];
        big[19] = 42;
        RtpPacketWriter w = new RtpPacketWriter().ssrc(1).extension(3, new byte[0]).extension(200, big);
        byte[] out = new byte[100];
        int n = w.write(out, 0, new byte[0], 0, 0);
        RtpHeader h = RtpHeader.parse(out, 0, n);
        assertTrue(h.isTwoByteExtension());
        assertEquals(0, h.extensionElementLength(3));
        assertEquals(20, h.extensionElementLength(200));
        assertEquals(42, out[h.extensionElementOffset(200) + 19]);
        assertEquals(0, h.extensionDataLength() % 4);
    }

    @Test
    void oneByteWalkSkipsPaddingAndStopsAtReservedId15() {
        // BEDE, 2 words: [pad 0][id1 len1: 0x10 0xAA][id15 -> stop][id2 ...]
        byte[] p = hex("90000001 00000000 00000001 bede0002 0010aaf0 21bbcc00");
        RtpHeader h = RtpHeader.parse(p, 0, p.length);
        assertEquals(-1, h.extensionElementOffset(0), "ID 0 is padding, never an element");
        assertEquals(1, h.extensionElementLength(1));
        assertEquals((byte) 0xAA, p[h.extensionElementOffset(1)]);
        assertEquals(-1, h.extensionElementOffset(2), "ID 15 ends processing (RFC 8285 §4.2)");
    }

    @Test
    void malformedHeadersThrowOnlyRtpParseException() {
        assertParseError("8000", 2);                              // shorter than 12
        assertParseError("4000000100000000000000000000", 0);      // version 1
        assertParseError("8200000100000000000000010000", 14);     // CC=2 but 1 CSRC
        assertParseError("90000001000000000000000100", 12);       // X but no extension header
        assertParseError("9000000100000000000000010000000500", 17); // extension length 5 words
        assertParseError("a00000010000000000000001aa00", 13);     // padding count 0
        assertParseError("a00000010000000000000001aa09", 13);     // padding count 9 > 2
        assertThrows(RtpParseException.class, () -> RtpHeader.parse(new byte[4], 2, 4));
        assertThrows(RtpParseException.class, () -> RtpHeader.parse(null, 0, 0));
    }

    private static void assertParseError(String hexPacket, int offset) {
        byte[] p = hex(hexPacket);
        RtpParseException e = assertThrows(RtpParseException.class, () -> RtpHeader.parse(p, 0, p.length));
        assertEquals(offset, e.offset(), e.getMessage());
        assertTrue(RtpHeader.headerLength(p, 0, p.length) < 0 || (p[0] & 0x20) != 0);
    }

    @Test
    void headerLengthIgnoresEncryptedPadding() {
        byte[] p = hex("a00000010000000000000001aa00");
        assertEquals(12, RtpHeader.headerLength(p, 0, p.length));
    }

    @Test
    void writerRefusesWhatRtpCannotCarry() {
        RtpPacketWriter w = new RtpPacketWriter();
        assertThrows(IllegalArgumentException.class, () -> w.payloadType(128));
        assertThrows(IllegalArgumentException.class, () -> w.csrcs(new int[16]));
        assertThrows(IllegalArgumentException.class, () -> w.extension(0, new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> w.padding(256));
        assertThrows(IllegalArgumentException.class, () -> w.write(new byte[11], 0, new byte[0], 0, 0));
    }
}
