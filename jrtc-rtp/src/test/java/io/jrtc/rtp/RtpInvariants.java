package io.jrtc.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What must hold for any bytes, shared by the Jazzer target and the seeded mutation test: parsing
 * throws {@link RtpParseException} or nothing; a parsed header's lengths are consistent and every
 * getter and extension lookup stays inside the packet.
 */
final class RtpInvariants {
    private RtpInvariants() {}

    static boolean check(byte[] data) {
        int hl = RtpHeader.headerLength(data, 0, data.length);
        RtpHeader h;
        try {
            h = RtpHeader.parse(data, 0, data.length);
        } catch (RtpParseException expected) {
            return false;
        }
        assertEquals(hl, h.headerLength());
        assertTrue(h.payloadLength() >= 0 && h.payloadOffset() + h.payloadLength() <= data.length);
        h.toString();
        for (int i = 0; i < h.csrcCount(); i++) {
            h.csrc(i);
        }
        for (int id = 0; id < 256; id++) {
            int at = h.extensionElementOffset(id);
            int n = h.extensionElementLength(id);
            assertTrue(at == -1 || (at >= h.extensionDataOffset() && at + n <= h.payloadOffset()));
        }
        return true;
    }
}
