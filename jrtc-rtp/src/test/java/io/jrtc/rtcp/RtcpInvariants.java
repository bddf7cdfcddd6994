package io.jrtc.rtcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** For any bytes: only {@link RtcpParseException} escapes, and packets tile the input exactly. */
final class RtcpInvariants {
    private RtcpInvariants() {}

    static boolean check(byte[] data) {
        RtcpCompoundReader.firstSenderSsrc(data, 0, data.length);
        RtcpCompoundReader r = new RtcpCompoundReader().reset(data, 0, data.length);
        int expectedOffset = 0;
        try {
            while (r.next()) {
                assertEquals(expectedOffset, r.offset());
                assertTrue(r.length() >= 4);
                r.packetType();
                r.count();
                if (r.hasSenderSsrc()) {
                    r.senderSsrc();
                }
                expectedOffset += r.length();
            }
        } catch (RtcpParseException expected) {
            return false;
        }
        assertEquals(data.length, expectedOffset);
        return true;
    }
}
