package io.jrtc.stun;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** ChannelData framing (RFC 8656 §12.4, §12.5) and the RFC 7983 first-byte demultiplexing. */
class ChannelDataTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void encodesWithAndWithoutPadding() {
        ChannelData c = ChannelData.of(0x4001, new byte[] {1, 2, 3, 4, 5});
        assertArrayEquals(hex("4001 0005 0102030405"), c.encode(false));
        assertArrayEquals(hex("4001 0005 0102030405 000000"), c.encode(true));
        assertEquals(12, c.encodedLength(true));
        ByteBuffer b = ByteBuffer.allocate(16);
        c.encodeTo(b, true);
        assertEquals(12, b.position());
        assertArrayEquals(c.encode(true), java.util.Arrays.copyOf(b.array(), 12));
        ChannelData aligned = ChannelData.of(0x4FFF, new byte[8]);
        assertArrayEquals(aligned.encode(false), aligned.encode(true), "a multiple of 4 needs no padding");
    }

    @Test
    void decodesBothForms() {
        ChannelData expected = ChannelData.of(0x4001, new byte[] {1, 2, 3, 4, 5});
        assertEquals(expected, ChannelData.decode(hex("4001 0005 0102030405"), 0, 9));
        byte[] padded = hex("4001 0005 0102030405 aaaaaa"); // padding contents are not specified
        assertEquals(expected, ChannelData.decode(padded, 0, padded.length));
        assertEquals(ChannelData.of(0x4000, new byte[0]), ChannelData.decode(hex("4000 0000"), 0, 4));
        ByteBuffer buf = ByteBuffer.wrap(padded);
        assertEquals(expected, ChannelData.decode(buf));
        assertEquals(padded.length, buf.position());
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, expected.data());
        assertEquals(5, expected.dataBuffer().remaining());
    }

    @Test
    void rejectsMalformedFrames() {
        assertEquals("ChannelData: 3 bytes, shorter than the 4-byte header",
                assertThrows(StunParseException.class, () -> ChannelData.decode(hex("400100"), 0, 3)).getMessage());
        assertEquals("ChannelData: channel number 0x5000 outside 0x4000-0x4FFF (RFC 8656 §12)",
                assertThrows(StunParseException.class, () -> ChannelData.decode(hex("5000 0000"), 0, 4)).getMessage());
        StunParseException overrun = assertThrows(StunParseException.class, () -> ChannelData.decode(hex("4001 0008 01020304"), 0, 8));
        assertEquals("ChannelData at offset 2: length 8, but only 4 bytes follow the header", overrun.getMessage());
        assertEquals(2, overrun.offset());
        assertEquals("ChannelData at offset 9: 1 bytes after 5 bytes of data, expected none or 3 of padding",
                assertThrows(StunParseException.class, () -> ChannelData.decode(hex("4001 0005 0102030405 00"), 0, 10)).getMessage());
        assertThrows(StunParseException.class, () -> ChannelData.decode(hex("4001 0004 01020304 00000000"), 0, 12));
    }

    @Test
    void constructorChecksTheChannelRange() {
        assertThrows(IllegalArgumentException.class, () -> ChannelData.of(0x3FFF, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> ChannelData.of(0x5000, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> ChannelData.of(0x4000, new byte[65536]));
    }

    @Test
    void demultiplexesByFirstBytes() {
        byte[] stun = Rfc5769.SAMPLE_REQUEST;
        assertEquals(DatagramKind.STUN, DatagramKind.classify(stun, 0, stun.length));
        assertEquals(DatagramKind.STUN, DatagramKind.classify(ByteBuffer.wrap(stun)));
        byte[] channel = ChannelData.of(0x4abc, new byte[3]).encode(false);
        assertEquals(DatagramKind.CHANNEL_DATA, DatagramKind.classify(channel, 0, channel.length));
        assertEquals(DatagramKind.CHANNEL_DATA, DatagramKind.classify(ByteBuffer.wrap(channel)));
        byte[] dtls = hex("16fefd0000000000000000");   // DTLS handshake record, first byte 22
        byte[] rtp = hex("80e0 0001 00000000 00000000"); // RTP, first byte 128
        assertEquals(DatagramKind.OTHER, DatagramKind.classify(dtls, 0, dtls.length));
        assertEquals(DatagramKind.OTHER, DatagramKind.classify(rtp, 0, rtp.length));
        byte[] noCookie = stun.clone();
        noCookie[4] = 0;
        assertEquals(DatagramKind.OTHER, DatagramKind.classify(noCookie, 0, noCookie.length));
        assertEquals(DatagramKind.OTHER, DatagramKind.classify(hex("4001"), 0, 2), "shorter than a header");
        assertEquals(DatagramKind.OTHER, DatagramKind.classify(new byte[0], 0, 0));
        ByteBuffer direct = ByteBuffer.allocateDirect(stun.length + 2).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        direct.put(new byte[] {0x40, 0x01}).put(stun).position(2);
        assertEquals(DatagramKind.STUN, DatagramKind.classify(direct), "position and byte order are honored");
        assertEquals(2, direct.position());
        assertEquals(DatagramKind.OTHER, DatagramKind.classify(ByteBuffer.allocate(0)));
    }
}
