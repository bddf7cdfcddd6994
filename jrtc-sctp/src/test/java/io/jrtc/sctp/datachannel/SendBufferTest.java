package io.jrtc.sctp.datachannel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.LinkConditions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** bufferedAmount, its low threshold, the OperationError limit, and back-pressure with sendAsync. */
class SendBufferTest {
    private static final long LIMIT = 1 << 20;

    private static DcPair slowLink(long seed) {
        return new DcPair(seed, LinkConditions.builder().delay(Duration.ofMillis(20)).rate(20_000_000L)
                .queueLimitPackets(100_000).build(), LIMIT);
    }

    @Test
    void sendPastTheLimitThrowsOperationErrorAndLowThresholdFires() {
        DcPair p = slowLink(60).connect();
        DataChannel ch = p.a.dc.createDataChannel(p.sim.now(), "bulk", DataChannelInit.DEFAULT);
        ch.bufferedAmountLowThreshold(64 * 1024);
        byte[] chunk = new byte[64 * 1024];
        for (int i = 0; i < 16; i++) {
            ch.send(chunk);
        }
        assertEquals(LIMIT, ch.bufferedAmount());
        DataChannelException e = assertThrows(DataChannelException.class, () -> ch.send(new byte[1]));
        assertEquals("OperationError", e.name());
        p.run(() -> !p.a.all(DataChannelEvent.BufferedAmountLow.class).isEmpty());
        assertTrue(ch.bufferedAmount() <= 64 * 1024);
        assertEquals(1, p.a.all(DataChannelEvent.BufferedAmountLow.class).size());
        p.run(() -> p.b.all(DataChannelEvent.Message.class).size() == 16);
        assertEquals(0, ch.bufferedAmount());
    }

    @Test
    void sendAsyncStreamsWithBoundedBuffering() {
        DcPair p = slowLink(61).connect();
        DataChannel ch = p.a.dc.createDataChannel(p.sim.now(), "stream", DataChannelInit.DEFAULT);
        int total = 200;
        int[] submitted = {0};
        long[] maxBuffered = {0};
        CompletableFuture<?>[] last = {CompletableFuture.completedFuture(null)};
        // a producer that only continues when its previous send was accepted
        p.a.afterEach = () -> {
            maxBuffered[0] = Math.max(maxBuffered[0], ch.bufferedAmount());
            while (submitted[0] < total && last[0].isDone()) {
                last[0] = ch.sendAsync(new byte[32 * 1024]);
                submitted[0]++;
            }
        };
        p.a.afterEach.run();
        assertFalse(last[0].isCompletedExceptionally());
        p.run(() -> p.b.all(DataChannelEvent.Message.class).size() == total);
        assertTrue(maxBuffered[0] <= LIMIT, "buffered " + maxBuffered[0]);
        assertEquals(total, submitted[0]);
    }

    @Test
    void waitingSendsFailWhenTheChannelCloses() {
        DcPair p = slowLink(62).connect();
        DataChannel ch = p.a.dc.createDataChannel(p.sim.now(), "x", DataChannelInit.DEFAULT);
        CompletableFuture<Void> f = null;
        for (int i = 0; i < 20; i++) {
            f = ch.sendAsync(new byte[64 * 1024]);
        }
        assertFalse(f.isDone());
        ch.close();
        assertTrue(f.isCompletedExceptionally());
        assertTrue(ch.sendAsync("late").isCompletedExceptionally());
    }
}
