package io.jrtc.dtls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.jrtc.dtls.internal.RecordScreen;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The records removed before BC sees them, and the regression inputs that showed why. */
class RecordScreenTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void validRecordsPassUntouched() {
        byte[] d = HEX.parseHex("16fefd000000000000000100020102" + "14fefd000000000000000200010117fefd00010000000000010018" + "00".repeat(24));
        assertSame(d, RecordScreen.screen(d, 24));
    }

    @Test
    void shortCiphertextIsRemovedButEpochZeroKept() {
        byte[] ccs = HEX.parseHex("14fefd00000000000000050001" + "01");
        byte[] shortEncrypted = HEX.parseHex("16fefd00010000000000060002" + "0102");
        byte[] joined = concat(ccs, shortEncrypted);
        assertArrayEquals(ccs, RecordScreen.screen(joined, 24));
        assertNull(RecordScreen.screen(shortEncrypted, 16));
        byte[] chachaAlert = HEX.parseHex("15fefd00010000000000070012" + "00".repeat(18));
        assertSame(chachaAlert, RecordScreen.screen(chachaAlert, 16));
        assertNull(RecordScreen.screen(chachaAlert, 24));
    }

    @Test
    void reservedVersionIsRemoved() {
        assertNull(RecordScreen.screen(HEX.parseHex("16fefe000115fefd000c00080015fe"), 24));
        byte[] dtls10 = HEX.parseHex("16feff00000000000000000001" + "01");
        assertSame(dtls10, RecordScreen.screen(dtls10, 24));
    }

    @Test
    void fuzzFindingsNoLongerBreakAConnection() {
        GarbageHarness h = new GarbageHarness();
        h.feedConnected(HEX.parseHex("16fefe000115fefd000c00080015fe"));
        h.feedConnected(HEX.parseHex("14fefd000100000000000500010116fefd000100e600000000"));
        h.feedWaitingServer(HEX.parseHex("16fefe000115fefd000c00080015fe"));
        h.close();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
