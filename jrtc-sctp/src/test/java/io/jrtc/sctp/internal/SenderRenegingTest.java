package io.jrtc.sctp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.sctp.GapAckBlock;
import io.jrtc.sctp.SackChunk;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 9260 §6.2 and §6.2.1: gap-acked data stays queued until cumulatively acked, and is resent if the peer reneges. */
class SenderRenegingTest {
    private static final long TSN0 = 1000;
    private static final long MS = 1_000_000;

    private final SendQueue queue = new SendQueue();
    private final Sender sender = new Sender(TSN0, 1 << 20, 1200, 10, new RtoEstimator(1000 * MS, 200 * MS, 10_000 * MS));

    /** Sends {@code n} one-chunk messages at time {@code now}; their TSNs are TSN0, TSN0+1, ... */
    private void sendChunks(int n, long now) {
        for (int i = 0; i < n; i++) {
            queue.add(new OutMessage(1, 53, new byte[100], true, -1, Long.MAX_VALUE));
            OutChunk c = queue.next(now, sender.nextTsn(), 1000, false, m -> { });
            sender.takeTsn();
            sender.sent(c, now);
        }
    }

    private void sack(long cum, long now, GapAckBlock... gaps) {
        sender.onSack(new SackChunk(cum & 0xffffffffL, 1 << 20, List.of(gaps), List.of()), now, queue);
    }

    private List<Long> retransmissions(long now) {
        List<Long> tsns = new ArrayList<>();
        OutChunk c;
        while ((c = sender.nextRetransmission(now, 1200, queue)) != null) {
            tsns.add(c.tsn);
        }
        return tsns;
    }

    @Test
    void dataAckedOnlyByAGapBlockThatDisappearsIsSentAgain() {
        sendChunks(6, 0);
        sack(TSN0, 1 * MS, new GapAckBlock(3, 4)); // TSN0 cum-acked; TSN0+3, +4 gap-acked; +1, +2 missing
        assertTrue(sender.hasOutstanding());
        assertEquals(List.of(), retransmissions(1 * MS), "nothing is lost yet within the reorder window");
        sack(TSN0, 2 * MS); // the peer dropped TSN0+3 and +4 again
        assertEquals(2, sender.renegedChunks);
        assertEquals(List.of(TSN0 + 3, TSN0 + 4), retransmissions(2 * MS));
        assertTrue(sender.t3Deadline() < Long.MAX_VALUE, "T3-rtx runs while reneged data is outstanding");
    }

    @Test
    void gapAckedDataThatIsThenCumulativelyAckedIsNeverResent() {
        sendChunks(6, 0);
        sack(TSN0, 1 * MS, new GapAckBlock(3, 5));
        sack(TSN0 + 5, 2 * MS); // the hole filled: everything acked
        assertEquals(0, sender.renegedChunks);
        assertFalse(sender.hasOutstanding());
        assertEquals(Long.MAX_VALUE, sender.t3Deadline());
        sender.onT3(3 * MS, queue); // even a timer firing now finds nothing to resend
        assertNull(sender.nextRetransmission(3 * MS, 1200, queue));
    }

    @Test
    void aBlockThatShrinksRenegesOnlyTheTsnsItNoLongerCovers() {
        sendChunks(8, 0);
        sack(TSN0, 1 * MS, new GapAckBlock(2, 6));
        sack(TSN0, 2 * MS, new GapAckBlock(2, 3), new GapAckBlock(5, 6)); // TSN0+4 reneged
        assertEquals(1, sender.renegedChunks);
        assertEquals(List.of(TSN0 + 4), retransmissions(2 * MS));
        sack(TSN0 + 7, 3 * MS);
        assertFalse(sender.hasOutstanding());
    }

    @Test
    void aSackWithManyBlocksMayBeTruncatedAndRenegesNothing() {
        sendChunks(300, 0);
        List<GapAckBlock> every = new ArrayList<>();
        for (int i = 2; i < 300; i += 2) {
            every.add(new GapAckBlock(i, i)); // 149 blocks: every second TSN arrived
        }
        sack(TSN0, 1 * MS, every.toArray(GapAckBlock[]::new));
        sack(TSN0, 2 * MS, every.subList(0, 120).toArray(GapAckBlock[]::new)); // a receiver that ran out of room
        assertEquals(0, sender.renegedChunks);
    }

    @Test
    void tsnsAboveTheHighestReportedBlockAreNotTakenBack() {
        // a receiver that reports only its lowest blocks when short of room
        sendChunks(8, 0);
        sack(TSN0, 1 * MS, new GapAckBlock(2, 3), new GapAckBlock(6, 7));
        sack(TSN0, 2 * MS, new GapAckBlock(2, 3));
        assertEquals(0, sender.renegedChunks);
        sack(TSN0, 3 * MS, new GapAckBlock(3, 3)); // +2 taken back: below the highest block
        assertEquals(1, sender.renegedChunks);
        assertEquals(List.of(TSN0 + 2), retransmissions(3 * MS));
    }

    @Test
    void aReneggedChunkThatTimesOutIsRetransmittedByT3() {
        sendChunks(4, 0);
        sack(TSN0, 1 * MS, new GapAckBlock(2, 3));
        sack(TSN0, 2 * MS);
        retransmissions(2 * MS); // TSN0+2, +3 resent once; TSN0+1 was never acked
        sender.onT3(sender.t3Deadline(), queue);
        List<Long> again = retransmissions(sender.t3Deadline());
        assertTrue(again.containsAll(List.of(TSN0 + 1, TSN0 + 2, TSN0 + 3)), "all unacked data after T3: " + again);
    }
}
