package io.jrtc.srtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jrtc.srtp.internal.ReplayWindow;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The replay window (RFC 3711 §3.3.2): its edges, configurable size, per-SSRC state, and forgeries. */
class ReplayTest {
    @Test
    void windowEdges() {
        ReplayWindow w = new ReplayWindow(64);
        assertEquals(ReplayWindow.OK, w.check(1000));
        w.accept(1000);
        assertEquals(ReplayWindow.REPLAYED, w.check(1000));
        assertEquals(ReplayWindow.OK, w.check(1000 - 63), "the oldest index the window holds");
        assertEquals(ReplayWindow.TOO_OLD, w.check(1000 - 64), "one older than the window");
        w.accept(937);
        assertEquals(ReplayWindow.REPLAYED, w.check(937));
        w.accept(1001);
        assertEquals(ReplayWindow.TOO_OLD, w.check(937), "the window slid past it");
        w.accept(1000 + 64 + 5); // a jump larger than the window clears it
        assertEquals(ReplayWindow.OK, w.check(1001 + 64 + 5 - 63));
        assertEquals(ReplayWindow.TOO_OLD, w.check(1001));
    }

    @Test
    void largeWindowKeepsEveryBitItPromises() {
        for (int size : new int[] {1, 63, 64, 65, 100, 1024, 4096}) {
            ReplayWindow w = new ReplayWindow(size);
            Map<Long, Boolean> seen = new HashMap<>();
            java.util.Random r = new java.util.Random(size);
            long highest = -1;
            for (int i = 0; i < 20_000; i++) {
                long idx = Math.max(0, (highest < 0 ? 0 : highest) + r.nextInt(size + 40) - size);
                int expect = idx > highest ? ReplayWindow.OK
                        : highest - idx >= size ? ReplayWindow.TOO_OLD
                        : seen.containsKey(idx) ? ReplayWindow.REPLAYED : ReplayWindow.OK;
                assertEquals(expect, w.check(idx), "size " + size + " step " + i + " index " + idx);
                if (expect == ReplayWindow.OK) {
                    w.accept(idx);
                    seen.put(idx, true);
                    highest = Math.max(highest, idx);
                }
            }
        }
    }

    @Test
    void replayedAndTooOldSrtpAreDroppedAndCounted() {
        SrtpContext[] c = Packets.pair(SrtpProfile.AES128_CM_HMAC_SHA1_80,
                SrtpConfig.builder().replayWindow(1024).build());
        byte[][] wire = new byte[1100][];
        int[] len = new int[1100];
        for (int s = 0; s < 1100; s++) {
            wire[s] = Packets.rtp(1, s, 20);
            len[s] = c[0].protectRtp(wire[s], 0, Packets.length(wire[s]));
        }
        assertEquals(Packets.length(wire[1099]), c[1].unprotectRtp(wire[1099].clone(), 0, len[1099]));
        assertEquals(Packets.length(wire[76]), c[1].unprotectRtp(wire[76].clone(), 0, len[76]), "1023 behind");
        assertEquals(SrtpError.TOO_OLD.code(), c[1].unprotectRtp(wire[75].clone(), 0, len[75]), "1024 behind");
        assertEquals(SrtpError.REPLAYED.code(), c[1].unprotectRtp(wire[1099].clone(), 0, len[1099]));
        assertEquals(SrtpError.REPLAYED.code(), c[1].unprotectRtp(wire[76].clone(), 0, len[76]));
        assertEquals(2, c[1].dropped(SrtpError.REPLAYED));
        assertEquals(1, c[1].dropped(SrtpError.TOO_OLD));
    }

    @Test
    void windowsArePerSsrc() {
        SrtpContext[] c = Packets.pair(SrtpProfile.AEAD_AES_128_GCM, SrtpConfig.defaults());
        for (int ssrc = 1; ssrc <= 3; ssrc++) {
            byte[] p = Packets.rtp(ssrc, 500, 10);
            int n = c[0].protectRtp(p, 0, Packets.length(p));
            assertEquals(Packets.length(p), c[1].unprotectRtp(p, 0, n), "same sequence number, other SSRC");
        }
    }

    @Test
    void aForgedPacketDoesNotMoveTheWindow() {
        SrtpContext[] c = Packets.pair(SrtpProfile.AES128_CM_HMAC_SHA1_32, SrtpConfig.defaults());
        byte[] p = Packets.rtp(1, 100, 10);
        int n = c[0].protectRtp(p, 0, Packets.length(p));
        assertEquals(Packets.length(p), c[1].unprotectRtp(p.clone(), 0, n));
        byte[] forged = Packets.rtp(1, 30000, 10); // far ahead, wrong tag
        assertEquals(SrtpError.AUTH_FAILED.code(), c[1].unprotectRtp(forged, 0, Packets.length(forged) + 4));
        byte[] q = Packets.rtp(1, 101, 10);
        int m = c[0].protectRtp(q, 0, Packets.length(q));
        assertEquals(Packets.length(q), c[1].unprotectRtp(q, 0, m), "the window still ends at 100");
    }

    @Test
    void srtcpReplayIsDropped() {
        SrtpContext[] c = Packets.pair(SrtpProfile.AEAD_AES_256_GCM, SrtpConfig.defaults());
        byte[] p = Packets.rtcp(5);
        int n = c[0].protectRtcp(p, 0, 32);
        assertEquals(32, c[1].unprotectRtcp(p.clone(), 0, n));
        assertEquals(SrtpError.REPLAYED.code(), c[1].unprotectRtcp(p.clone(), 0, n));
        assertEquals(1, c[1].dropped(SrtpError.REPLAYED));
    }

    @Test
    void replayProtectionCanBeTurnedOffButAuthenticationCannot() {
        SrtpContext[] c = Packets.pair(SrtpProfile.AES128_CM_HMAC_SHA1_80,
                SrtpConfig.builder().replayProtection(false).build());
        byte[] p = Packets.rtp(1, 7, 10);
        int n = c[0].protectRtp(p, 0, Packets.length(p));
        for (int i = 0; i < 3; i++) {
            assertEquals(Packets.length(p), c[1].unprotectRtp(p.clone(), 0, n), "replay " + i + " accepted");
        }
        byte[] bad = p.clone();
        bad[n - 1] ^= 1;
        assertEquals(SrtpError.AUTH_FAILED.code(), c[1].unprotectRtp(bad, 0, n));
    }

    @Test
    void windowSizeIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> SrtpConfig.builder().replayWindow(0));
        assertThrows(IllegalArgumentException.class, () -> SrtpConfig.builder().replayWindow(32769));
        assertEquals(64, SrtpConfig.defaults().replayWindow());
    }
}
