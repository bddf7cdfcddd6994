package io.jrtc.testkit;

import static io.jrtc.testkit.Tolerance.assertBinomial;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReorderDuplicationTest {
    private static final long MS = 1_000_000;

    @Test
    void reorderingHoldsBackTheConfiguredFraction() {
        int n = 20_000;
        Rig rig = Rig.of(1, LinkConditions.builder().delay(Duration.ofMillis(10))
                .reorder(0.05, Duration.ofMillis(20)).build());
        rig.send(n, Duration.ofMillis(1), 100);

        LinkStats stats = rig.stats();
        assertBinomial("reorder rate", stats.reordered(), n, 0.05);
        assertEquals(n, rig.sink.arrivals().size(), "reordering loses nothing");
        // Held back 20 ms while others leave every 1 ms: every held datagram is overtaken, and
        // nothing else is late.
        assertEquals(stats.reordered(), rig.sink.lateArrivals());
        rig.sink.arrivals().forEach(a -> assertEquals(true,
                a.delay() == 10 * MS || a.delay() == 30 * MS, a::toString));
        assertEquals(stats.reordered(), rig.sink.arrivals().stream().filter(a -> a.delay() == 30 * MS).count());
    }

    @Test
    void duplicationCopiesTheConfiguredFraction() {
        int n = 20_000;
        Rig rig = Rig.of(2, LinkConditions.builder().delay(Duration.ofMillis(10)).duplication(0.03).build());
        rig.send(n, Duration.ofMillis(1), 100);

        LinkStats stats = rig.stats();
        assertBinomial("duplication rate", stats.duplicated(), n, 0.03);
        assertEquals(n + stats.duplicated(), stats.delivered());
        assertEquals(n + stats.duplicated(), rig.sink.arrivals().size());
        assertEquals(stats.duplicated(), rig.sink.repeats());
        assertEquals(0, rig.sink.missing(n).cardinality());
    }
}
