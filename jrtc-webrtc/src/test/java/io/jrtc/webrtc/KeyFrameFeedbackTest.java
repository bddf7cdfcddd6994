package io.jrtc.webrtc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.rtcp.RtcpCompoundReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyFrameFeedbackTest {
    private final RtcpCompoundReader reader = new RtcpCompoundReader();

    private List<String> scan(byte[] rtcp, boolean expectOk) {
        List<String> got = new ArrayList<>();
        assertEquals(expectOk, KeyFrameFeedback.scan(reader, rtcp, (ssrc, fir) -> got.add((fir ? "FIR " : "PLI ") + ssrc)));
        return got;
    }

    @Test
    void theWrittenPliIsAnRrThenAPsfbFmt1() {
        byte[] b = KeyFrameFeedback.pli(0x01020304L, 0xF1F2F3F4L);
        assertEquals(20, b.length);
        assertEquals(201, b[1] & 0xFF, "RFC 3550 §6.1: a report comes first");
        assertEquals(0x81, b[8] & 0xFF, "V=2, FMT=1");
        assertEquals(206, b[9] & 0xFF);
        assertEquals(2, b[11], "length in words minus one");
        assertEquals(List.of("PLI " + 0xF1F2F3F4L), scan(b, true));
    }

    @Test
    void firEntriesEachNameAnSsrc() {
        // RR(empty) + FIR with two FCI entries (RFC 5104 §4.3.1.1).
        byte[] b = {
            (byte) 0x80, (byte) 201, 0, 1, 0, 0, 0, 9,
            (byte) 0x84, (byte) 206, 0, 6, 0, 0, 0, 9, 0, 0, 0, 0,
            0, 0, 0, 7, 1, 0, 0, 0,
            0, 0, 0, 8, 2, 0, 0, 0,
        };
        assertEquals(List.of("FIR 7", "FIR 8"), scan(b, true));
    }

    @Test
    void otherFeedbackAndReportsRequestNothing() {
        byte[] b = KeyFrameFeedback.pli(1, 2);
        b[8] = (byte) 0x8F; // FMT 15: application layer feedback (REMB), not a key-frame request
        assertEquals(List.of(), scan(b, true));
    }

    @Test
    void truncatedOrShortFeedbackIsMalformed() {
        byte[] b = KeyFrameFeedback.pli(1, 2);
        b[11] = 1; // PLI claims 8 bytes: no media SSRC
        assertTrue(scan(java.util.Arrays.copyOf(b, 16), false).isEmpty());
        byte[] c = KeyFrameFeedback.pli(1, 2);
        c[11] = 9; // longer than the datagram
        assertTrue(scan(c, false).isEmpty());
        byte[] v = KeyFrameFeedback.pli(1, 2);
        v[0] = 0x40; // version 1
        assertFalse(KeyFrameFeedback.scan(reader, v, (s, f) -> { }));
    }

    @Test
    void seededMutationsNeverThrow() {
        Random r = new Random(6);
        byte[] seed = KeyFrameFeedback.pli(0xAABBCCDDL, 0x11223344L);
        int malformed = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] m = java.util.Arrays.copyOf(seed, r.nextInt(seed.length + 16));
            for (int k = 0, n = 1 + r.nextInt(4); k < n && m.length > 0; k++) {
                m[r.nextInt(m.length)] = (byte) r.nextInt(256);
            }
            if (!KeyFrameFeedback.scan(reader, m, (s, f) -> { })) {
                malformed++;
            }
        }
        assertTrue(malformed > 0, "some mutations must be reported as malformed");
    }
}
