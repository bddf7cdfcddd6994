package io.jrtc.sctp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.LinkConditions;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 3758 policies under loss, with DATA/FORWARD TSN and with I-DATA/I-FORWARD-TSN. */
class PartialReliabilityTest {
    private static LinkConditions lossy() {
        return LinkConditions.builder().delay(Duration.ofMillis(25)).loss(0.1).build();
    }

    private static byte[] message(int seq, long sentAt, int size) {
        return ByteBuffer.allocate(size).putInt(seq).putLong(sentAt).array();
    }

    @ParameterizedTest
    @CsvSource({"true,true", "true,false", "false,true", "false,false"})
    void maxRetransmitsZeroAbandonsInsteadOfRetransmitting(boolean ordered, boolean idata) {
        Pair p = new Pair(20, lossy(), c -> c.announceIData(idata)).connect();
        assertEquals(idata, p.a.assoc.interleaving());
        SendOptions once = new SendOptions(ordered, 0, null);
        int n = 2000;
        for (int i = 0; i < n; i++) {
            p.a.assoc.send(p.sim.now(), 1, 53, message(i, 0, 3000), once); // 3 fragments each
        }
        assertTrue(p.sim.runUntil(() -> p.a.assoc.bufferedAmount() == 0 && p.a.assoc.stats().flightBytes() == 0,
                Duration.ofMinutes(10)));
        p.sim.runFor(Duration.ofSeconds(1));
        SctpStats s = p.a.assoc.stats();
        assertEquals(0, s.retransmissions(), "a maxRetransmits=0 chunk is never sent twice");
        assertTrue(s.abandonedMessages() > 100, s.toString());
        Set<Integer> seen = new HashSet<>();
        int last = -1;
        for (SctpEvent.MessageReceived m : p.b.messages) {
            int seq = ByteBuffer.wrap(m.data()).getInt();
            assertTrue(seen.add(seq), "delivered twice: " + seq);
            assertEquals(3000, m.data().length);
            if (ordered) {
                assertTrue(seq > last, "out of order");
            }
            last = seq;
        }
        assertTrue(p.b.messages.size() > n / 2 && p.b.messages.size() < n, "delivered " + p.b.messages.size() + " " + s + " " + p.b.assoc.stats() + " buffered " + p.a.assoc.bufferedAmount());
        // the receiver skipped the holes cleanly: a reliable message afterwards still arrives
        int before = p.b.messages.size();
        p.a.assoc.send(p.sim.now(), 1, 53, message(n, 0, 100), new SendOptions(ordered, -1, null));
        assertTrue(p.sim.runUntil(() -> p.b.messages.size() == before + 1, Duration.ofSeconds(30)));
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void maxLifetimeBoundsDeliveryDelay(boolean idata) {
        Pair p = new Pair(21, lossy(), c -> c.announceIData(idata)).connect();
        SendOptions lifetime = new SendOptions(false, -1, Duration.ofMillis(150));
        int[] sent = {0};
        p.a.afterEach = () -> {
            while (sent[0] < 3000 && p.a.assoc.bufferedAmount() < 3_000) {
                p.a.assoc.send(p.sim.now(), 2, 53, message(sent[0]++, p.sim.now(), 1000), lifetime);
            }
        };
        p.a.afterEach.run();
        assertTrue(p.sim.runUntil(() -> sent[0] == 3000 && p.a.assoc.stats().flightBytes() == 0, Duration.ofMinutes(10)));
        p.sim.runFor(Duration.ofSeconds(1));
        long worst = 0;
        for (int i = 0; i < p.b.messages.size(); i++) {
            // stamped when queued, which is when its lifetime starts
            long queuedAt = ByteBuffer.wrap(p.b.messages.get(i).data()).getLong(4);
            worst = Math.max(worst, p.b.arrivals.get(i) - queuedAt);
        }
        // the last transmission happens before expiry, so arrival is at most lifetime + one-way delay
        assertTrue(worst <= 175_000_000L, "worst delay " + worst / 1e6 + " ms");
        assertTrue(p.a.assoc.stats().abandonedMessages() > 0, p.a.assoc.stats().toString());
        assertTrue(p.b.messages.size() > 2100, "delivered " + p.b.messages.size());
        assertTrue(p.a.assoc.stats().retransmissions() > 0);
    }
}
