package io.jrtc.sctp.datachannel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.sctp.SctpConfig;
import io.jrtc.testkit.LinkConditions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Backlogged channels share a bottleneck by priority, 1:2:4:8 from very-low to high (RFC 8831
 * §6.4, W3C RTCPriorityType), and channels of one priority share it equally.
 */
class DataChannelPriorityTest {
    private static final int MESSAGE = 16 * 1024;

    /** A 20 Mbit/s, 20 ms link with a queue of about one BDP: the window, not the link, is shared. */
    private static LinkConditions bottleneck() {
        return LinkConditions.builder().delay(Duration.ofMillis(10)).rate(20_000_000).queueLimitBytes(100_000).build();
    }

    /** Keeps every channel backlogged and returns the bytes b received per channel id in the measured window. */
    private static Map<Integer, Long> shares(DcPair p, List<DataChannel> channels) {
        p.a.afterEach = () -> {
            for (DataChannel ch : channels) {
                while (ch.readyState() == DataChannelState.OPEN && ch.bufferedAmount() < 4 * MESSAGE) {
                    ch.send(new byte[MESSAGE]);
                }
            }
        };
        p.a.drain();
        p.sim.runFor(Duration.ofSeconds(2)); // slow start; every channel's backlog established
        Map<Integer, Long> before = received(p);
        p.sim.runFor(Duration.ofSeconds(8));
        Map<Integer, Long> after = received(p);
        Map<Integer, Long> delta = new HashMap<>();
        for (DataChannel ch : channels) {
            delta.put(ch.id(), after.getOrDefault(ch.id(), 0L) - before.getOrDefault(ch.id(), 0L));
        }
        return delta;
    }

    private static Map<Integer, Long> received(DcPair p) {
        Map<Integer, Long> m = new HashMap<>();
        for (DataChannelEvent.Message e : p.b.all(DataChannelEvent.Message.class)) {
            m.merge(e.channel().id(), (long) e.binary().length, Long::sum);
        }
        return m;
    }

    private static List<DataChannel> open(DcPair p, DataChannelPriority... priorities) {
        List<DataChannel> list = new ArrayList<>();
        for (DataChannelPriority prio : priorities) {
            list.add(p.a.dc.createDataChannel(p.sim.now(), prio.toString(),
                    DataChannelInit.builder().priority(prio).build()));
        }
        return list;
    }

    private static void assertShare(double expected, long part, long total, String what) {
        double share = part / (double) total;
        assertTrue(Math.abs(share - expected) < 0.02, what + ": share " + share + ", expected " + expected);
    }

    @Test
    void fourPrioritiesShareTheLinkOneTwoFourEight() {
        DcPair p = new DcPair(700, bottleneck(), DataChannels.DEFAULT_MAX_BUFFERED_AMOUNT).connect();
        List<DataChannel> ch = open(p, DataChannelPriority.VERY_LOW, DataChannelPriority.LOW,
                DataChannelPriority.MEDIUM, DataChannelPriority.HIGH);
        Map<Integer, Long> got = shares(p, ch);
        long total = got.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(total > 8 * 15_000_000L / 8, "the link was kept busy: " + total + " bytes in 8 s");
        assertShare(1 / 15.0, got.get(ch.get(0).id()), total, "very-low");
        assertShare(2 / 15.0, got.get(ch.get(1).id()), total, "low");
        assertShare(4 / 15.0, got.get(ch.get(2).id()), total, "medium");
        assertShare(8 / 15.0, got.get(ch.get(3).id()), total, "high");
    }

    @Test
    void equalPrioritiesTakeTurns() {
        DcPair p = new DcPair(701, bottleneck(), DataChannels.DEFAULT_MAX_BUFFERED_AMOUNT).connect();
        List<DataChannel> ch = open(p, DataChannelPriority.MEDIUM, DataChannelPriority.MEDIUM, DataChannelPriority.MEDIUM);
        Map<Integer, Long> got = shares(p, ch);
        long total = got.values().stream().mapToLong(Long::longValue).sum();
        for (DataChannel c : ch) {
            assertShare(1 / 3.0, got.get(c.id()), total, "channel " + c.id());
        }
    }

    @Test
    void withoutInterleavingWholeMessagesAreWeighted() {
        // Plain DATA: a started message finishes before another stream sends (RFC 9260 §6.9),
        // so the scheduler weighs whole messages; the shares still follow the weights.
        DcPair p = new DcPair(702, bottleneck(), DataChannels.DEFAULT_MAX_BUFFERED_AMOUNT,
                SctpConfig.builder().announceIData(false)).connect();
        assertTrue(!p.a.dc.association().interleaving());
        List<DataChannel> ch = open(p, DataChannelPriority.LOW, DataChannelPriority.HIGH);
        Map<Integer, Long> got = shares(p, ch);
        long total = got.values().stream().mapToLong(Long::longValue).sum();
        assertShare(2 / 10.0, got.get(ch.get(0).id()), total, "low");
        assertShare(8 / 10.0, got.get(ch.get(1).id()), total, "high");
    }

    @Test
    void thePeerSchedulesItsSideOfAChannelWithTheOpenersPriority() {
        DcPair p = new DcPair(703).connect();
        DataChannel ch = p.a.dc.createDataChannel(p.sim.now(), "h", DataChannelInit.builder()
                .priority(DataChannelPriority.HIGH).build());
        p.run(() -> p.remoteOf(ch) != null);
        assertEquals(DataChannelPriority.HIGH, p.remoteOf(ch).priorityLevel());
        assertEquals(1024, p.remoteOf(ch).priority());
    }

    @Test
    void dcepValuesMapOntoTheFourLevels() {
        assertEquals(DataChannelPriority.VERY_LOW, DataChannelPriority.fromDcep(0));
        assertEquals(DataChannelPriority.VERY_LOW, DataChannelPriority.fromDcep(128));
        assertEquals(DataChannelPriority.LOW, DataChannelPriority.fromDcep(129));
        assertEquals(DataChannelPriority.LOW, DataChannelPriority.fromDcep(256));
        assertEquals(DataChannelPriority.MEDIUM, DataChannelPriority.fromDcep(512));
        assertEquals(DataChannelPriority.HIGH, DataChannelPriority.fromDcep(513));
        assertEquals(DataChannelPriority.HIGH, DataChannelPriority.fromDcep(65535));
        assertEquals(DataChannelPriority.MEDIUM, DataChannelPriority.fromString("medium"));
        assertEquals("very-low", DataChannelPriority.VERY_LOW.toString());
        assertThrows(IllegalArgumentException.class, () -> DataChannelPriority.fromString("urgent"));
        assertEquals(DataChannelPriority.LOW, DataChannelInit.DEFAULT.priority() == 256
                ? DataChannelPriority.fromDcep(DataChannelInit.DEFAULT.priority()) : null, "the W3C default is low");
        assertThrows(DataChannelException.class, () -> DataChannelInit.builder().priority(70000).build());
    }
}
