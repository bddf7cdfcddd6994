package io.jrtc.sctp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 3758 §3.5 with a lifetime: an ordered message whose every transmission is lost is abandoned
 * when its lifetime ends, and FORWARD TSN / I-FORWARD-TSN leaves at once, so the ordered message
 * queued behind it is delivered a one-way delay later, not after the next T3-rtx expiry.
 * Two associations on a hand-driven virtual clock, so a chosen packet can be dropped.
 */
class LifetimeExpiryTest {
    private static final long MS = 1_000_000L;
    private static final long ONE_WAY = 25 * MS;
    private static final long LIFETIME = 150 * MS;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void expiredOrderedMessageIsForwardedWhenItsLifetimeEnds(boolean idata) {
        // 1,200-byte packets: with Path MTU discovery's 16 KB packets the second message would
        // wait in the queue for an unrelated reason (a new chunk is admitted only if a full-size
        // chunk fits the window, Sender.canSendNew), which this test is not about
        Wire w = new Wire(config(idata, 7), config(idata, 8));
        w.a.connect(w.now);
        w.b.connect(w.now);
        w.runUntil(w.now + 2_000 * MS);
        assertEquals(SctpState.ESTABLISHED, w.a.state());
        assertEquals(idata, w.a.interleaving());
        for (int i = 0; i < 5; i++) { // RTT samples, so the RTO is near its 120 ms floor
            w.a.send(w.now, 1, 53, new byte[] {9, (byte) i}, SendOptions.RELIABLE);
            w.runUntil(w.now + 300 * MS);
        }
        int before = w.received.size();
        long t0 = w.now;
        byte[] first = filled(1);
        byte[] second = filled(2);
        SendOptions lifetime = new SendOptions(true, -1, Duration.ofNanos(LIFETIME));
        w.a.send(t0, 1, 53, first, lifetime);
        w.runUntil(t0 + 10 * MS);
        w.a.send(w.now, 1, 53, second, lifetime);
        w.runUntil(t0 + LIFETIME + MS);
        assertEquals(0, w.a.stats().flightBytes(), "the abandoned message left the flight size");
        w.runUntil(t0 + 3_000 * MS);

        assertTrue(w.dropped > 0, "the first message was sent and lost");
        assertEquals(before + 1, w.received.size(), "only the second message arrives");
        assertArrayEquals(second, w.received.get(before));
        long arrival = w.arrivals.get(before) - t0;
        assertTrue(arrival <= LIFETIME + ONE_WAY + MS, "second message delivered " + arrival / 1e6 + " ms after the first was queued");
        assertTrue(!w.forwardSentAt.isEmpty(), "FORWARD TSN sent");
        long forward = w.forwardSentAt.get(0) - t0;
        assertTrue(forward >= LIFETIME && forward <= LIFETIME + MS, "first FORWARD TSN at " + forward / 1e6 + " ms");
        assertEquals(1, w.a.stats().abandonedMessages());
        assertEquals(0, w.a.stats().flightBytes());
    }

    private static SctpAssociation config(boolean idata, long seed) {
        return new SctpAssociation(SctpConfig.builder().announceIData(idata).pathMtuDiscovery(false)
                .random(new java.util.Random(seed)).build());
    }

    private static byte[] filled(int v) {
        byte[] b = new byte[200];
        Arrays.fill(b, (byte) v);
        return b;
    }

    /** A link with a fixed one-way delay that loses every packet carrying the message of 1s. */
    private static final class Wire {
        final SctpAssociation a;
        final SctpAssociation b;
        long now;
        int dropped;
        final List<byte[]> received = new ArrayList<>();
        final List<Long> arrivals = new ArrayList<>();
        final List<Long> forwardSentAt = new ArrayList<>();
        private long seq;
        private final PriorityQueue<long[]> order = new PriorityQueue<>(
                Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        private final java.util.Map<Long, Object[]> inFlight = new java.util.HashMap<>();

        Wire(SctpAssociation a, SctpAssociation b) {
            this.a = a;
            this.b = b;
        }

        void runUntil(long end) {
            while (true) {
                pump(a, b);
                pump(b, a);
                long next = Math.min(Math.min(a.pollTimeout(), b.pollTimeout()), order.isEmpty() ? Long.MAX_VALUE : order.peek()[0]);
                if (next > end) {
                    now = end;
                    return;
                }
                now = Math.max(now, next);
                while (!order.isEmpty() && order.peek()[0] <= now) {
                    Object[] p = inFlight.remove(order.poll()[1]);
                    ((SctpAssociation) p[0]).handleInput(now, (byte[]) p[1]);
                }
                if (a.pollTimeout() <= now) {
                    a.handleTimeout(now);
                }
                if (b.pollTimeout() <= now) {
                    b.handleTimeout(now);
                }
                drain();
            }
        }

        private void pump(SctpAssociation from, SctpAssociation to) {
            byte[] p;
            while ((p = from.pollTransmit()) != null) {
                if (from == a && inspect(p)) {
                    dropped++;
                    continue;
                }
                long id = seq++;
                inFlight.put(id, new Object[] {to, p});
                order.add(new long[] {now + ONE_WAY, id});
            }
        }

        /** Notes FORWARD TSNs; true if the packet carries the message to lose. */
        private boolean inspect(byte[] packet) {
            SctpPacket p;
            try {
                p = SctpPacket.parse(packet, true);
            } catch (SctpParseException e) {
                throw new AssertionError("the sender built a malformed packet", e);
            }
            boolean lose = false;
            for (Chunk c : p.chunks()) {
                if (c instanceof ForwardTsnChunk || c instanceof IForwardTsnChunk) {
                    forwardSentAt.add(now);
                }
                byte[] payload = c instanceof DataChunk d ? d.payload() : c instanceof IDataChunk i ? i.payload() : null;
                lose |= payload != null && payload.length > 0 && payload[0] == 1;
            }
            return lose;
        }

        private void drain() {
            SctpEvent e;
            while ((e = b.pollEvent()) != null) {
                if (e instanceof SctpEvent.MessageReceived m && m.data()[0] != 9) {
                    received.add(m.data());
                    arrivals.add(now);
                }
            }
            while (a.pollEvent() != null) {
                // a's events do not matter here
            }
        }
    }
}
