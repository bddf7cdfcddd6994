package io.jrtc.rtcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Compound packet iteration (RFC 3550 §6.1, §6.4) and its validity checks. */
class RtcpCompoundReaderTest {
    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    // SR (RFC 7714 §17 packet, its length field corrected to 12) + PSFB PLI (RFC 4585 §6.3.1, FMT 1) + BYE.
    static final String COMPOUND = "81c8000c 4d617273 4e545031 4e545032 52545020 0000042a 0000e930 4c756e61"
            + " deadbeef deadbeef deadbeef deadbeef deadbeef"
            + " 81ce0002 4d617273 12345678"
            + " 81cb0001 4d617273";

    @Test
    void walksEachPacketOfACompoundPacket() {
        byte[] p = hex(COMPOUND);
        RtcpCompoundReader r = new RtcpCompoundReader().reset(p, 0, p.length);
        assertTrue(r.next());
        assertEquals(RtcpPacketType.SR, r.packetType());
        assertEquals(1, r.count());
        assertEquals(52, r.length());
        assertEquals(0x4d617273, r.senderSsrc());
        assertTrue(r.next());
        assertEquals("PSFB", RtcpPacketType.name(r.packetType()));
        assertEquals(1, r.count(), "FMT 1 is PLI");
        assertEquals(52, r.offset());
        assertTrue(r.next());
        assertEquals(RtcpPacketType.BYE, r.packetType());
        assertFalse(r.next());
        assertEquals(0x4d617273L, RtcpCompoundReader.firstSenderSsrc(p, 0, p.length));
    }

    @Test
    void rejectsWhatRfc3550Rejects() {
        assertError("80c9", 0);                           // too short for a header
        assertError("41c90000", 0);                       // version 1
        assertError("81c80005 4d617273", 2);              // length past the end
        assertError("a1c90001 4d617273 81cb0001 4d617273", 0); // padding not on the last packet
        assertError("a1c90001 4d617200", 7);              // padding count 0
        assertThrows(IllegalStateException.class, () -> new RtcpCompoundReader().reset(new byte[0], 0, 0).offset());
        assertEquals(-1, RtcpCompoundReader.firstSenderSsrc(hex("81c90000"), 0, 4));
    }

    @Test
    void acceptsTrailingPaddingOnTheLastPacket() {
        byte[] p = hex("81c90001 4d617273 a1cb0002 4d617273 00000004");
        RtcpCompoundReader r = new RtcpCompoundReader().reset(p, 0, p.length);
        assertTrue(r.next());
        assertTrue(r.next());
        assertTrue(r.hasPadding());
        assertFalse(r.next());
    }

    private static void assertError(String hexPacket, int offset) {
        byte[] p = hex(hexPacket);
        RtcpCompoundReader r = new RtcpCompoundReader().reset(p, 0, p.length);
        RtcpParseException e = assertThrows(RtcpParseException.class, () -> {
            while (r.next()) {
                r.packetType();
            }
        });
        assertEquals(offset, e.offset(), e.getMessage());
        assertFalse(r.next(), "a reader stops after an error");
    }
}
