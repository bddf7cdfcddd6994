package io.jrtc.sctp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.Datagram;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Well-formed but hostile packets (mutated copies of real traffic, with valid checksums and the
 * right verification tag) fed into an established association: nothing is thrown, and the
 * association afterwards still delivers data intact.
 */
class HostileInputTest {
    @Test
    void mutatedRealTrafficNeverThrowsAndTheAssociationKeepsWorking() {
        Pair p = new Pair(90, Pair.delay(5)).connect();
        List<byte[]> captured = new ArrayList<>();
        Random r = new Random(90);
        for (int i = 0; i < 20; i++) {
            byte[] m = new byte[1 + r.nextInt(3000)];
            p.a.assoc.send(p.sim.now(), r.nextInt(4), 53, m, new SendOptions(r.nextBoolean(), -1, null));
        }
        p.a.assoc.resetStream(3);
        Datagram d;
        while ((d = p.a.pollTransmit()) != null) {
            captured.add(d.payload());
        }
        p.b.assoc.send(p.sim.now(), 1, 53, new byte[10], SendOptions.RELIABLE);
        while ((d = p.b.pollTransmit()) != null) {
            captured.add(d.payload()); // b's packets replayed at b exercise the SACK and tag paths too
        }
        for (int i = 0; i < 20_000; i++) {
            byte[] pkt = captured.get(r.nextInt(captured.size())).clone();
            int flips = 1 + r.nextInt(6);
            for (int k = 0; k < flips; k++) {
                pkt[12 + r.nextInt(pkt.length - 12)] = (byte) r.nextInt(256);
            }
            try {
                pkt = SctpPacket.parse(pkt, true).encode();
            } catch (SctpParseException e) {
                // fed as it is: a malformed packet must be dropped, not thrown
            }
            p.b.assoc.handleInput(p.sim.now(), pkt);
            p.b.assoc.handleTimeout(p.sim.now());
            while (p.b.assoc.pollTransmit() != null) {
                // discard what b answers to garbage
            }
            while (p.b.assoc.pollEvent() != null) {
                // ignore events from garbage
            }
        }
        if (p.b.assoc.state() == SctpState.ESTABLISHED) {
            // a garbage ABORT or SHUTDOWN may legitimately have ended it; if not, it must still work
            byte[] payload = new byte[5000];
            r.nextBytes(payload);
            int before = p.b.messages.size();
            p.a.assoc.send(p.sim.now(), 2, 53, payload, SendOptions.RELIABLE);
            assertTrue(p.sim.runUntil(() -> p.b.messages.stream().anyMatch(m -> m.data().length == 5000
                    && java.util.Arrays.equals(m.data(), payload)), Duration.ofMinutes(2)), "before " + before);
        }
        assertTrue(p.b.assoc.stats().packetsReceived() >= 20_000);
    }
}
