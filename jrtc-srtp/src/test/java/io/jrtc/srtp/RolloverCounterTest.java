package io.jrtc.srtp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jrtc.srtp.internal.PacketIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Rollover counter estimation (RFC 3711 §3.3.1, Appendix A): across sequence-number wraps, with
 * reordering around the wrap. A packet only authenticates under the right index (the ROC is in the
 * HMAC input or the GCM IV), so every successful unprotect proves the receiver's estimate.
 */
class RolloverCounterTest {
    @Test
    void appendixAEstimate() {
        long h = 5L << 16 | 100; // ROC 5, s_l 100
        assertEquals(5L << 16 | 101, PacketIndex.estimate(h, 101));
        assertEquals(5L << 16 | 50, PacketIndex.estimate(h, 50), "late packet, same ROC");
        assertEquals(4L << 16 | 65000, PacketIndex.estimate(h, 65000), "late packet from before the wrap");
        h = 5L << 16 | 65000;
        assertEquals(6L << 16 | 3, PacketIndex.estimate(h, 3), "the wrap");
        assertEquals(5L << 16 | 40000, PacketIndex.estimate(h, 40000));
        assertEquals(-1, PacketIndex.estimate(100, 65000), "before the stream began (ROC would be -1)");
        assertEquals(1234, PacketIndex.estimate(-1, 1234), "the first packet has ROC 0");
        assertEquals(32768 + 100, PacketIndex.estimate(100, 32868), "exactly 2^15 ahead is still this ROC");
    }

    private static void send(SrtpContext[] c, int ssrc, int seq, boolean deliver) {
        byte[] p = Packets.rtp(ssrc, seq, 40);
        int len = Packets.length(p);
        int n = c[0].protectRtp(p, 0, len);
        if (deliver) {
            int r = c[1].unprotectRtp(p, 0, n);
            assertEquals(len, r, () -> "seq " + seq + ": " + SrtpError.of(r));
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void inOrderAcrossTwoWraps(SrtpProfile profile) {
        SrtpContext[] c = Packets.pair(profile, SrtpConfig.defaults());
        int seq = 65000;
        for (int i = 0; i < 2 * 65536 + 10; i += 97) { // every 97th arrives: gaps of 97 across wraps
            send(c, 7, (seq + i) & 0xFFFF, true);
        }
        assertEquals(2, c[0].sendRolloverCounter(7));
        assertEquals(2, c[1].receiveRolloverCounter(7));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void reorderedAroundTheWrap(SrtpProfile profile) {
        SrtpContext[] c = Packets.pair(profile, SrtpConfig.defaults());
        SrtpContext receiver = c[1];
        send(c, 9, 65500, true);
        // Protect 65501..65535, 0..14 in order, deliver them shuffled (within the 64-packet window).
        List<byte[]> wire = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (int s = 65501; s < 65536 + 15; s++) {
            byte[] p = Packets.rtp(9, s & 0xFFFF, 40);
            wire.add(p);
            lengths.add(c[0].protectRtp(p, 0, Packets.length(p)));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < wire.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(65536));
        for (int i : order) {
            int r = receiver.unprotectRtp(wire.get(i), 0, lengths.get(i));
            assertEquals(Packets.length(wire.get(i)), r, () -> "packet " + i + ": " + SrtpError.of(r));
        }
        assertEquals(1, receiver.receiveRolloverCounter(9));
        assertEquals(0, receiver.dropped(SrtpError.AUTH_FAILED));
    }

    @Test
    void aLatePacketFromBeforeTheWrapStillAuthenticates() {
        SrtpContext[] c = Packets.pair(SrtpProfile.AES128_CM_HMAC_SHA1_80, SrtpConfig.defaults());
        byte[] late = Packets.rtp(3, 65535, 20);
        send(c, 3, 65534, true);
        int lateLen = c[0].protectRtp(late, 0, Packets.length(late));
        send(c, 3, 0, true);
        send(c, 3, 1, true);
        assertEquals(1, c[1].receiveRolloverCounter(3));
        assertEquals(Packets.length(late), c[1].unprotectRtp(late, 0, lateLen), "ROC - 1 guessed for 65535");
        assertEquals(1, c[1].receiveRolloverCounter(3), "a late packet does not move the ROC back");
    }

    @Test
    void aPacketFromBeforeTheFirstIsTooOld() {
        SrtpContext[] c = Packets.pair(SrtpProfile.AEAD_AES_128_GCM, SrtpConfig.defaults());
        send(c, 4, 10, true);
        // A forged packet with a sequence number "before" 10 by more than 2^15: ROC would be -1.
        byte[] p = Packets.rtp(4, 50000, 20);
        assertEquals(SrtpError.TOO_OLD.code(), c[1].unprotectRtp(p, 0, Packets.length(p) + 16));
    }
}
