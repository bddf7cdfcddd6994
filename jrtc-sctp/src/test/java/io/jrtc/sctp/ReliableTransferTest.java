package io.jrtc.sctp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.LinkConditions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReliableTransferTest {
    static LinkConditions hostile() {
        return LinkConditions.builder().delay(Duration.ofMillis(20)).jitter(Duration.ofMillis(5)).jitterMayReorder(true)
                .loss(0.05).reorder(0.02, Duration.ofMillis(10)).duplication(0.01).build();
    }

    static void transfer(long seed, long bytes) {
        Pair p = new Pair(seed, hostile()).connect();
        Bulk bulk = new Bulk(p, bytes, 64 * 1024, SendOptions.RELIABLE, 3, 1 << 20);
        bulk.start();
        assertTrue(p.sim.runUntil(bulk::done, Duration.ofHours(2)),
                () -> "received " + bulk.received + " of " + bytes + "; " + p.a.assoc.stats());
        assertEquals(bytes, bulk.received);
        assertTrue(bulk.inOrder);
        assertArrayEquals(bulk.sentDigest(), bulk.receivedDigest());
        SctpStats s = p.a.assoc.stats();
        assertTrue(s.retransmissions() > 0);
        assertTrue(p.b.assoc.stats().duplicateTsns() > 0);
        System.out.printf("reliable %d MB through 5%% loss: %.1f Mbit/s simulated, %s%n", bytes >> 20, bulk.goodputMbps(), s);
    }

    /** The 100 MB run: about 10 s of CPU, so it stays in the normal suite. */
    @Test
    void hundredMegabytesThroughLossReorderingDuplicationAndJitter() {
        transfer(7, 100_000_000L);
    }

    @Test
    void unorderedDeliveryIsCompleteThroughTheSameNetwork() {
        Pair p = new Pair(8, hostile()).connect();
        Bulk bulk = new Bulk(p, 5_000_000L, 10_000, new SendOptions(false, -1, null), 5, 200_000);
        bulk.start();
        assertTrue(p.sim.runUntil(bulk::done, Duration.ofHours(1)));
        assertEquals(5_000_000L, bulk.received);
        assertTrue(!bulk.inOrder, "with 5% loss some unordered messages overtake others");
    }
}
