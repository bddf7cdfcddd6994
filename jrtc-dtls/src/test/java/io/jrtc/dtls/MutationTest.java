package io.jrtc.dtls;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutation of real handshake datagrams (bit flips, byte edits, truncation, record
 * length edits, splicing), fed before and after the handshake; see {@link GarbageHarness} for the
 * invariants. The seed is fixed, so a failure reproduces.
 */
class MutationTest {
    private static final long SEED = 6347;
    private static GarbageHarness harness;

    @BeforeAll
    static void handshake() {
        harness = new GarbageHarness();
    }

    @AfterAll
    static void close() {
        harness.close();
    }

    @Test
    void mutatedDatagramsAfterTheHandshakeAreDiscarded() {
        Random random = new Random(SEED);
        List<byte[]> seeds = harness.handshakeDatagrams();
        for (int i = 0; i < 20_000; i++) {
            harness.feedConnected(mutate(random, seeds.get(random.nextInt(seeds.size()))));
        }
    }

    @Test
    void mutatedDatagramsBeforeTheHandshakeNeverThrow() {
        Random random = new Random(SEED + 1);
        List<byte[]> seeds = harness.handshakeDatagrams();
        for (int i = 0; i < 3_000; i++) {
            harness.feedWaitingServer(mutate(random, seeds.get(random.nextInt(seeds.size()))));
        }
    }

    static byte[] mutate(Random r, byte[] seed) {
        byte[] d = seed.clone();
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits; e++) {
            switch (r.nextInt(6)) {
                case 0 -> d[r.nextInt(d.length)] ^= (byte) (1 << r.nextInt(8));
                case 1 -> d[r.nextInt(d.length)] = (byte) r.nextInt(256);
                case 2 -> d = Arrays.copyOf(d, Math.max(1, r.nextInt(d.length + 1)));
                case 3 -> {
                    if (d.length >= 13) { // record length field
                        d[11] = (byte) r.nextInt(256);
                        d[12] = (byte) r.nextInt(256);
                    }
                }
                case 4 -> {
                    if (d.length > 25) { // handshake fragment header fields
                        d[13 + r.nextInt(12)] = (byte) r.nextInt(256);
                    }
                }
                default -> {
                    byte[] tail = new byte[r.nextInt(64)];
                    r.nextBytes(tail);
                    byte[] joined = Arrays.copyOf(d, d.length + tail.length);
                    System.arraycopy(tail, 0, joined, d.length, tail.length);
                    d = joined;
                }
            }
        }
        return d;
    }
}
