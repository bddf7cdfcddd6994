package io.jrtc.testkit;

import static io.jrtc.testkit.Tolerance.assertBinomial;
import static io.jrtc.testkit.Tolerance.assertRate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LossTest {
    private static final Duration MS = Duration.ofMillis(1);

    @Test
    void independentLossDropsTheConfiguredFraction() {
        int n = 20_000;
        Rig rig = Rig.of(1, LinkConditions.builder().loss(0.10).build());
        rig.send(n, MS, 100);

        LinkStats stats = rig.stats();
        assertEquals(n, stats.sent());
        // 4 sigma here is 0.85%: tighter than "10% ± 1%".
        assertBinomial("loss rate", stats.lost(), n, 0.10);
        assertEquals(n - stats.lost(), stats.delivered());
        assertEquals(stats.delivered(), rig.sink.arrivals().size());
        assertEquals(stats.lost(), rig.sim.dropCount(DropReason.LOSS));
        assertEquals(0, stats.inFlight());
    }

    @Test
    void independentLossComesInShortBursts() {
        int n = 20_000;
        double p = 0.10;
        Rig rig = Rig.of(2, LinkConditions.builder().loss(p).build());
        rig.send(n, MS, 100);

        List<Integer> bursts = bursts(rig.sink.missing(n), n);
        // Run length of independent losses is geometric: mean 1/(1-p), variance p/(1-p)^2.
        assertRate("mean burst length", mean(bursts), 1 / (1 - p), Math.sqrt(p / ((1 - p) * (1 - p)) / bursts.size()));
    }

    @Test
    void gilbertElliottLossHasConfiguredRateAndBurstLength() {
        int n = 100_000;
        GilbertElliott model = GilbertElliott.bursts(0.05, 4);
        Rig rig = Rig.of(3, LinkConditions.builder().burstLoss(model).build());
        rig.send(n, MS, 50);

        // Loss indicators are correlated (lag-k correlation lambda^k, lambda = 1 - p - r), which
        // widens the standard error of their mean by (1 + lambda) / (1 - lambda).
        double lambda = 1 - model.goodToBad() - model.badToGood();
        double pi = model.meanLoss();
        double se = Math.sqrt(pi * (1 - pi) / n * (1 + lambda) / (1 - lambda));
        assertRate("burst loss rate", (double) rig.stats().lost() / n, 0.05, se);

        // Bursts last a geometric number of packets with mean 1/r and variance (1 - r)/r^2.
        List<Integer> bursts = bursts(rig.sink.missing(n), n);
        double r = model.badToGood();
        assertRate("mean burst length", mean(bursts), 4, Math.sqrt((1 - r) / (r * r) / bursts.size()));
    }

    @Test
    void aPathCanGoDownAndComeBackMidRun() {
        Rig rig = Rig.of(4, LinkConditions.builder().delay(Duration.ofMillis(20)).build());
        Link link = rig.sim.link(rig.a, rig.b);
        PacketSource source = new PacketSource(rig.a.address(7000), rig.b.address(9000), 3000,
                Duration.ofMillis(10), 20, 0);
        rig.sim.bind(rig.a, 7000, source);

        rig.sim.runFor(Duration.ofSeconds(10));
        link.update(b -> b.loss(1.0));
        rig.sim.runFor(Duration.ofSeconds(10));
        link.update(b -> b.loss(0));
        rig.sim.runFor(Duration.ofSeconds(11));

        // runFor includes events at its end time: what was sent at exactly 10 s went out before
        // the change, what was sent at exactly 20 s was still lost.
        long down = Duration.ofSeconds(10).toNanos();
        long up = Duration.ofSeconds(20).toNanos();
        for (PacketSink.Arrival a : rig.sink.arrivals()) {
            assertTrue(a.sentAt() <= down || a.sentAt() > up, "delivered while down: " + a);
        }
        assertEquals(1000, link.stats().lost(), "everything sent while down is lost");
        assertEquals(2000, rig.sink.arrivals().size(), "everything else arrives");
    }

    private static List<Integer> bursts(BitSet missing, int n) {
        List<Integer> bursts = new ArrayList<>();
        for (int i = missing.nextSetBit(0); i >= 0 && i < n; ) {
            int end = missing.nextClearBit(i);
            bursts.add(end - i);
            i = missing.nextSetBit(end);
        }
        return bursts;
    }

    private static double mean(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }
}
