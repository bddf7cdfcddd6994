package io.jrtc.testkit;

import static io.jrtc.testkit.Tolerance.assertRate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.LongSummaryStatistics;
import org.junit.jupiter.api.Test;

class DelayJitterTest {
    private static final long MS = 1_000_000;

    @Test
    void delayIsExactWithoutJitter() {
        Rig rig = Rig.of(1, LinkConditions.builder().delay(Duration.ofMillis(25)).build());
        rig.send(1000, Duration.ofMillis(3), 100);

        assertEquals(1000, rig.sink.arrivals().size());
        rig.sink.arrivals().forEach(a -> assertEquals(25 * MS, a.delay(), a::toString));
        assertEquals(0, rig.sink.lateArrivals());
    }

    @Test
    void sparseJitterIsUniformWithinBounds() {
        // 100 ms apart, more than twice the jitter: FIFO never holds a datagram back, so each
        // delay is the plain draw, uniform in [40 ms, 60 ms].
        int n = 5000;
        Rig rig = Rig.of(2, jittered(false));
        rig.send(n, Duration.ofMillis(100), 100);

        LongSummaryStatistics delays = delays(rig.sink.arrivals());
        assertEquals(n, delays.getCount());
        assertTrue(delays.getMin() >= 40 * MS && delays.getMax() <= 60 * MS, delays::toString);
        assertTrue(delays.getMin() < 41 * MS && delays.getMax() > 59 * MS, "jitter spans its range: " + delays);
        // Uniform on [-10 ms, 10 ms]: standard deviation 20 ms / sqrt(12).
        assertRate("mean delay (ms)", delays.getAverage() / MS, 50, 20 / Math.sqrt(12) / Math.sqrt(n));
    }

    @Test
    void denseJitterWithoutReorderingKeepsFifoOrder() {
        int n = 5000;
        Rig rig = Rig.of(3, jittered(false));
        rig.send(n, Duration.ofMillis(1), 100);

        List<PacketSink.Arrival> arrivals = rig.sink.arrivals();
        assertEquals(n, arrivals.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i, arrivals.get(i).seq(), "arrival order is send order");
        }
        LongSummaryStatistics delays = delays(arrivals);
        // Holding a datagram behind its predecessor never pushes it past the upper bound.
        assertTrue(delays.getMin() >= 40 * MS && delays.getMax() <= 60 * MS, delays::toString);
        assertTrue(delays.getMax() - delays.getMin() > 10 * MS, "delays vary: " + delays);
    }

    @Test
    void jitterThatMayReorderDoesReorder() {
        int n = 5000;
        Rig rig = Rig.of(4, jittered(true));
        rig.send(n, Duration.ofMillis(1), 100);

        LongSummaryStatistics delays = delays(rig.sink.arrivals());
        assertEquals(n, delays.getCount());
        assertTrue(delays.getMin() >= 40 * MS && delays.getMax() <= 60 * MS, delays::toString);
        assertRate("mean delay (ms)", delays.getAverage() / MS, 50, 20 / Math.sqrt(12) / Math.sqrt(n));
        // With draws 20 ms wide and datagrams 1 ms apart, most are overtaken by a later one.
        assertTrue(rig.sink.lateArrivals() > n / 2, "late arrivals: " + rig.sink.lateArrivals());
        assertEquals(0, rig.stats().reordered(), "jitter is not the reordering impairment");
    }

    private static LinkConditions jittered(boolean mayReorder) {
        return LinkConditions.builder().delay(Duration.ofMillis(50)).jitter(Duration.ofMillis(10))
                .jitterMayReorder(mayReorder).build();
    }

    private static LongSummaryStatistics delays(List<PacketSink.Arrival> arrivals) {
        return arrivals.stream().mapToLong(PacketSink.Arrival::delay).summaryStatistics();
    }
}
