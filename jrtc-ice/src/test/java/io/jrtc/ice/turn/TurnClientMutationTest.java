package io.jrtc.ice.turn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.stun.ChannelData;
import io.jrtc.stun.Data;
import io.jrtc.stun.StunClass;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMethod;
import io.jrtc.stun.XorPeerAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of real server messages, fed to clients in every state over UDP and TCP:
 * nothing may throw, and whatever is dropped is counted.
 */
class TurnClientMutationTest {
    private static final InetSocketAddress PEER = new InetSocketAddress("203.0.113.5", 6000);

    @Test
    void mutatedServerMessagesNeverThrow() {
        Random r = new Random(20261121);
        long dropped = 0;
        for (int round = 0; round < 300; round++) {
            TurnTransport transport = round % 2 == 0 ? TurnTransport.UDP : TurnTransport.TCP;
            ClientHarness h = new ClientHarness(transport);
            List<byte[]> corpus = new ArrayList<>();
            h.client.allocate(h.now());
            StunMessage first = h.one();
            corpus.add(h.server.challenge(first, 401));
            h.deliver(corpus.get(0));
            StunMessage signed = h.one();
            corpus.add(h.server.allocated(signed, 600));
            corpus.add(h.server.challenge(signed, 438));
            corpus.add(h.server.error(signed, 486));
            if (r.nextBoolean()) {
                h.deliver(corpus.get(1));
                h.client.bindChannel(h.now(), PEER);
                for (StunMessage m : h.sent()) {
                    corpus.add(h.server.success(m));
                }
            }
            corpus.add(StunMessage.builder(StunMethod.DATA, StunClass.INDICATION).add(new XorPeerAddress(PEER))
                    .add(Data.of(new byte[] {1, 2, 3})).build().encode());
            corpus.add(ChannelData.of(0x4000, new byte[] {4, 5, 6}).encode(transport.isReliable()));
            for (int i = 0; i < 20; i++) {
                byte[] m = mutate(r, corpus.get(r.nextInt(corpus.size())));
                h.deliver(m);
                h.sentRaw();
            }
            dropped += h.client.stats().dropped();
            // Without further answers every request ends: the client never hangs half-way.
            while (h.step(h.now() + 3_600_000_000_000L)) {
                h.sentRaw();
            }
            TurnClient.State s = h.client.state();
            assertTrue(s == TurnClient.State.FAILED || s == TurnClient.State.RELEASED, "round " + round + ": " + s);
            assertTrue(h.client.pollTimeout() == Long.MAX_VALUE);
        }
        assertTrue(dropped > 1000, "mutations are dropped and counted: " + dropped);
    }

    private static byte[] mutate(Random r, byte[] in) {
        byte[] b = in.clone();
        switch (r.nextInt(4)) {
            case 0 -> b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
            case 1 -> b = java.util.Arrays.copyOf(b, r.nextInt(b.length + 1));
            case 2 -> {
                b = java.util.Arrays.copyOf(b, b.length + 1 + r.nextInt(8));
                b[b.length - 1] = (byte) r.nextInt();
            }
            default -> {
                for (int i = 0; i < 1 + r.nextInt(4); i++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt();
                }
            }
        }
        return b;
    }
}
