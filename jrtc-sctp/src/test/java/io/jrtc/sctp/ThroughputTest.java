package io.jrtc.sctp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.LinkConditions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Simulated goodput of one reliable ordered stream on a rate-limited link with a drop-tail queue
 * of one bandwidth-delay product. Deterministic, so asserting on simulated goodput is sound.
 */
class ThroughputTest {
    static double goodput(long rateBps, int rttMillis, double loss, long bytes) {
        long bdpBytes = rateBps / 8 * rttMillis / 1000;
        LinkConditions link = LinkConditions.builder().delay(Duration.ofMillis(rttMillis / 2)).rate(rateBps)
                .queueLimitBytes((int) Math.max(bdpBytes, 64 * 1024)).queueLimitPackets(1_000_000).loss(loss).build();
        Pair p = new Pair(rttMillis, link, c -> c.receiveWindow(64L << 20)).connect();
        Bulk bulk = new Bulk(p, bytes, 64 * 1024, SendOptions.RELIABLE, 1, 8L << 20);
        bulk.start();
        assertTrue(p.sim.runUntil(bulk::done, Duration.ofMinutes(30)), () -> "stalled at " + bulk.received + ": " + p.a.assoc.stats());
        assertArrayEquals(bulk.sentDigest(), bulk.receivedDigest());
        System.out.printf("%5d Mbit/s link, %3d ms RTT, %.1f%% loss: %.1f Mbit/s goodput; %s%n", rateBps / 1_000_000, rttMillis,
                loss * 100, bulk.goodputMbps(), p.a.assoc.stats());
        return bulk.goodputMbps();
    }

    @Test
    void hundredMegabitFiftyMillisecondsPointOnePercentLoss() {
        double g = goodput(100_000_000L, 50, 0.001, 200L << 20);
        assertTrue(g >= 85, "goodput " + g);
    }

    @Test
    void gigabitFiftyMillisecondsNoLoss() {
        double g = goodput(1_000_000_000L, 50, 0, 512L << 20); // includes slow start
        assertTrue(g >= 700, "goodput " + g);
    }
}
