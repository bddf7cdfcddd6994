package io.jrtc.sctp.datachannel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jrtc.sctp.SctpParseException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DcepMessageTest {
    @Test
    void openRoundTripsWithTheRfc8832Layout() throws SctpParseException {
        DcepMessage.Open o = new DcepMessage.Open(ChannelType.PARTIAL_RELIABLE_REXMIT_UNORDERED, 256, 5, "ab", "c");
        byte[] wire = o.encode();
        assertEquals("03810100" + "00000005" + "0002" + "0001" + "616263", HexFormat.of().formatHex(wire));
        assertEquals(o, DcepMessage.parse(wire));
        assertArrayEquals(new byte[] {2}, new DcepMessage.Ack().encode());
        assertEquals(new DcepMessage.Ack(), DcepMessage.parse(new byte[] {2}));
    }

    @Test
    void malformedMessagesThrowParseExceptions() {
        String[] bad = {"", "04", "0200", "0300", "03ff010000000000000000", "030001000000000000050000616263",
                "0300010000000000000100" + "00ff"};
        for (String h : bad) {
            byte[] b = HexFormat.of().parseHex(h);
            assertThrows(SctpParseException.class, () -> DcepMessage.parse(b), h);
        }
    }

    @Test
    void seededMutationsOnlyThrowParseExceptions() {
        Random r = new Random(5);
        byte[] base = new DcepMessage.Open(ChannelType.RELIABLE, 256, 0, "label", "proto").encode();
        for (int i = 0; i < 20_000; i++) {
            byte[] m = java.util.Arrays.copyOf(base, r.nextInt(base.length + 4));
            for (int k = 0; k < 3; k++) {
                if (m.length > 0) {
                    m[r.nextInt(m.length)] = (byte) r.nextInt(256);
                }
            }
            DcepInvariants.check(m);
        }
    }
}
