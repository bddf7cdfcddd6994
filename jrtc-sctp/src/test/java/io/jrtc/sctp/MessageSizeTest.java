package io.jrtc.sctp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.LinkConditions;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MessageSizeTest {
    private static LinkConditions link() {
        return LinkConditions.builder().delay(Duration.ofMillis(10)).loss(0.01).rate(200_000_000L)
                .queueLimitPackets(10_000).build();
    }

    @Test
    void sizesFromOneByteToTheDefaultLimit() {
        Pair p = new Pair(40, link()).connect();
        Random r = new Random(40);
        int[] sizes = {1, 1171, 1172, 1173, 64 * 1024, 256 * 1024};
        byte[][] sent = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            sent[i] = new byte[sizes[i]];
            r.nextBytes(sent[i]);
            p.a.assoc.send(p.sim.now(), 0, 53, sent[i], SendOptions.RELIABLE);
        }
        assertThrows(IllegalArgumentException.class,
                () -> p.a.assoc.send(p.sim.now(), 0, 53, new byte[256 * 1024 + 1], SendOptions.RELIABLE));
        assertTrue(p.sim.runUntil(() -> p.b.messages.size() == sizes.length, Duration.ofMinutes(1)));
        for (int i = 0; i < sizes.length; i++) {
            assertArrayEquals(sent[i], p.b.messages.get(i).data());
        }
    }

    @Test
    void eightMebibytesWithARaisedLimitBothWithDataAndIData() {
        for (boolean idata : new boolean[] {true, false}) {
            Pair p = new Pair(41, link(), c -> c.maxMessageSize(16 << 20).announceIData(idata)).connect();
            byte[] big = new byte[8 << 20];
            new Random(41).nextBytes(big);
            p.a.assoc.send(p.sim.now(), 1, 53, big, SendOptions.RELIABLE);
            assertTrue(p.sim.runUntil(() -> p.b.messages.size() == 1, Duration.ofMinutes(5)));
            assertArrayEquals(big, p.b.messages.get(0).data());
        }
    }

    /** With I-DATA a large message does not hold back small ones on other streams (RFC 8260). */
    @Test
    void smallMessagesOvertakeALargeOneWithIData() {
        Pair p = new Pair(42, link(), c -> c.maxMessageSize(16 << 20)).connect();
        assertTrue(p.a.assoc.interleaving());
        p.a.assoc.send(p.sim.now(), 1, 53, new byte[4 << 20], SendOptions.RELIABLE);
        for (int i = 0; i < 20; i++) {
            p.a.assoc.send(p.sim.now(), 3 + i % 2, 51, new byte[] {(byte) i}, SendOptions.RELIABLE);
        }
        assertTrue(p.sim.runUntil(() -> p.b.messages.size() == 21, Duration.ofMinutes(1)));
        assertEquals(1, p.b.messages.get(20).streamId(), "the large message completes last");
        for (int i = 0; i < 20; i++) {
            assertEquals(i, p.b.messages.get(i).data()[0]);
        }
    }
}
