package io.jrtc.webrtc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.rtcp.RtcpCompoundReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RtcpReportsTest {
    private final RtcpCompoundReader reader = new RtcpCompoundReader();

    private record Block(long ssrc, int fraction, int lost, long highest, long jitter, long lsr, long dlsr) {}

    private boolean scan(byte[] rtcp, List<Long> srs, List<Block> blocks) {
        return RtcpReports.scan(reader, rtcp, new RtcpReports.Listener() {
            @Override
            public void senderReport(long ssrc, long ntpMiddle32) {
                srs.add(ntpMiddle32);
            }

            @Override
            public void block(long ssrc, int f, int lost, long highest, long jitter, long lsr, long dlsr) {
                blocks.add(new Block(ssrc, f, lost, highest, jitter, lsr, dlsr));
            }
        });
    }

    @Test
    void sequenceWrapAndOneLossAreReported() {
        ReceptionStats s = new ReceptionStats(0xCAFEL);
        int[] seqs = {65530, 65531, 65532, 65533, 65534, 65535, 0, 1, 3, 4, 5};
        for (int i = 0; i < seqs.length; i++) {
            s.packet(seqs[i], 1000L * i, 90000, 1_000_000_000L + i * 11_111_111L);
        }
        assertEquals(65536 + 5, s.extendedHighest());
        assertEquals(1, s.cumulativeLost());
        s.senderReport(0x12345678L, 5_000_000_000L);
        byte[] rr = RtcpReports.report(7, false, 0, 0, 0, s, 5_500_000_000L);
        List<Long> srs = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        assertTrue(scan(rr, srs, blocks));
        assertEquals(List.of(), srs);
        assertEquals(1, blocks.size());
        Block b = blocks.get(0);
        assertEquals(0xCAFEL, b.ssrc());
        assertEquals(1 * 256 / 12, b.fraction(), "1 of 12 expected lost");
        assertEquals(1, b.lost());
        assertEquals(65536 + 5, b.highest());
        assertEquals(0x12345678L, b.lsr());
        assertEquals(32768, b.dlsr(), "0.5 s in 1/65536 s");
        // the next interval has no new loss
        s.packet(6, 7000, 90000, 2_000_000_000L);
        blocks.clear();
        assertTrue(scan(RtcpReports.report(7, false, 0, 0, 0, s, 6_000_000_000L), srs, blocks));
        assertEquals(0, blocks.get(0).fraction());
        assertEquals(1, blocks.get(0).lost());
    }

    @Test
    void jitterIsZeroForEvenPacingAndGrowsWithVariation() {
        ReceptionStats even = new ReceptionStats(1);
        ReceptionStats uneven = new ReceptionStats(2);
        for (int i = 0; i < 50; i++) {
            even.packet(i, 900L * i, 90000, 10_000_000L * i);
            uneven.packet(i, 900L * i, 90000, 10_000_000L * i + (i % 2) * 5_000_000L);
        }
        List<Block> blocks = new ArrayList<>();
        scan(RtcpReports.report(9, false, 0, 0, 0, even, 0), new ArrayList<>(), blocks);
        scan(RtcpReports.report(9, false, 0, 0, 0, uneven, 0), new ArrayList<>(), blocks);
        assertEquals(0, blocks.get(0).jitter());
        assertTrue(blocks.get(1).jitter() > 200, "5 ms alternation at 90 kHz: " + blocks.get(1).jitter());
    }

    @Test
    void senderReportCarriesTheNtpMiddleBitsAndNoBlockWithoutReception() {
        long now = 123_456_789_012L;
        byte[] sr = RtcpReports.report(5, true, 4242, 10, 1000, null, now);
        assertEquals(28, sr.length);
        List<Long> srs = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        assertTrue(scan(sr, srs, blocks));
        assertEquals(List.of(RtcpReports.middle32(RtcpReports.ntp(now))), srs);
        assertEquals(List.of(), blocks);
        assertEquals(RtcpReports.ntp(1_500_000_000L), 1L << 32 | 1L << 31);
    }

    @Test
    void aReportCountBeyondThePacketIsMalformed() {
        byte[] sr = RtcpReports.report(5, true, 0, 0, 0, null, 0);
        sr[0] = (byte) 0x81; // claims one block that is not there
        assertFalse(scan(sr, new ArrayList<>(), new ArrayList<>()));
        byte[] shortRr = {(byte) 0x80, (byte) 201, 0, 0};
        assertFalse(scan(shortRr, new ArrayList<>(), new ArrayList<>()));
    }

    @Test
    void seededMutationsNeverThrow() {
        ReceptionStats s = new ReceptionStats(3);
        s.packet(1, 0, 48000, 0);
        byte[] seed = RtcpReports.report(5, true, 0, 1, 2, s, 10);
        Random r = new Random(8);
        int malformed = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] m = Arrays.copyOf(seed, r.nextInt(seed.length + 24));
            for (int k = 0, n = 1 + r.nextInt(4); k < n && m.length > 0; k++) {
                m[r.nextInt(m.length)] = (byte) r.nextInt(256);
            }
            if (!scan(m, new ArrayList<>(), new ArrayList<>())) {
                malformed++;
            }
        }
        assertTrue(malformed > 0);
    }
}
