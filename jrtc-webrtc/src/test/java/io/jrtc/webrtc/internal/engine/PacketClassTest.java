package io.jrtc.webrtc.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** RFC 7983 §7 ranges, every first byte. */
class PacketClassTest {
    @Test
    void everyFirstByte() {
        for (int b = 0; b < 256; b++) {
            PacketClass expected = b <= 3 ? PacketClass.STUN
                    : b >= 20 && b <= 63 ? PacketClass.DTLS
                    : b >= 64 && b <= 79 ? PacketClass.TURN_CHANNEL
                    : b >= 128 && b <= 191 ? PacketClass.RTP
                    : PacketClass.OTHER;
            assertEquals(expected, PacketClass.of(new byte[] {(byte) b, 96}), "first byte " + b);
        }
    }

    @Test
    void rtcpPacketTypesInTheSecondByte() {
        assertEquals(PacketClass.RTCP, PacketClass.of(new byte[] {(byte) 0x80, (byte) 200}));
        assertEquals(PacketClass.RTCP, PacketClass.of(new byte[] {(byte) 0x81, (byte) 223}));
        assertEquals(PacketClass.RTP, PacketClass.of(new byte[] {(byte) 0x80, (byte) 224}));
        assertEquals(PacketClass.RTP, PacketClass.of(new byte[] {(byte) 0x80, (byte) 191}));
    }

    @Test
    void emptyAndShort() {
        assertEquals(PacketClass.OTHER, PacketClass.of(new byte[0]));
        assertEquals(PacketClass.OTHER, PacketClass.of(null));
        assertEquals(PacketClass.OTHER, PacketClass.of(new byte[] {(byte) 0x80}));
    }
}
