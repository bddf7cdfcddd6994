package io.jrtc.sctp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.Datagram;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RFC 9260 §5.2.2 and §5.2.4 action A: a peer that restarts with a new INIT is taken back as a new association. */
class PeerRestartTest {
    /** b's process "crashes" and a new association takes its address and connects again. */
    private static Peer restartB(Pair p, long seed) {
        p.sim.unbind(p.b);
        Peer b2 = new Peer("b2", SctpConfig.builder().random(new Random(seed * 7919)).build(), p.b.local); // not Pair's seed for b: a new tag
        b2.remote = p.a.local;
        p.sim.bind(p.hb, p.b.local, b2);
        b2.assoc.connect(p.sim.now());
        return b2;
    }

    private static List<SctpEvent.Restarted> restarts(Peer peer) {
        return peer.events.stream().filter(e -> e instanceof SctpEvent.Restarted).map(e -> (SctpEvent.Restarted) e).toList();
    }

    @Test
    void aRestartedPeerIsReportedAndTheAssociationCarriesDataAgain() {
        Pair p = new Pair(900, Pair.delay(10)).connect();
        p.a.assoc.send(p.sim.now(), 1, 53, new byte[] {1}, SendOptions.RELIABLE);
        assertTrue(p.sim.runUntil(() -> p.b.messages.size() == 1, Duration.ofSeconds(5)));
        // a message that is still queued when the peer goes away
        p.a.assoc.send(p.sim.now(), 1, 53, new byte[200_000], SendOptions.RELIABLE);
        Peer b2 = restartB(p, 901);
        assertTrue(p.sim.runUntil(b2::connected, Duration.ofSeconds(10)), "b2: " + b2.assoc.state() + " a: " + p.a.assoc.stats() + " b2: " + b2.assoc.stats());
        assertEquals(1, restarts(p.a).size(), "a reports the restart: " + p.a.events);
        assertEquals(1, p.a.assoc.stats().restarts());
        assertEquals(SctpState.ESTABLISHED, p.a.assoc.state());
        assertFalse(p.a.closed(), "a restart is not a loss of communication");
        assertTrue(restarts(p.a).get(0).droppedMessages() <= 1);

        byte[] toB = new byte[50_000];
        byte[] toA = new byte[3_000];
        new Random(7).nextBytes(toB);
        new Random(8).nextBytes(toA);
        p.a.assoc.send(p.sim.now(), 1, 53, toB, SendOptions.RELIABLE);
        b2.assoc.send(p.sim.now(), 2, 53, toA, SendOptions.RELIABLE);
        assertTrue(p.sim.runUntil(() -> !b2.messages.isEmpty() && p.a.messages.size() == 1, Duration.ofSeconds(10)));
        assertArrayEquals(toB, b2.messages.get(b2.messages.size() - 1).data());
        assertArrayEquals(toA, p.a.messages.get(0).data());
    }

    @Test
    void packetsOfTheOldAssociationAreRejectedAfterTheRestart() {
        Pair p = new Pair(902, Pair.delay(10)).connect();
        // a DATA packet the old b sent, kept to be replayed later
        byte[][] old = new byte[1][];
        p.b.assoc.send(p.sim.now(), 1, 53, new byte[] {9}, SendOptions.RELIABLE);
        old[0] = p.b.assoc.pollTransmit(p.sim.now());
        p.sim.runFor(Duration.ofMillis(100));
        Peer b2 = restartB(p, 903);
        assertTrue(p.sim.runUntil(b2::connected, Duration.ofSeconds(10)));
        long bad = p.a.assoc.stats().badVerificationTags();
        p.sim.send(p.hb, new Datagram(p.b.local, p.a.local, old[0]));
        p.sim.runFor(Duration.ofMillis(100));
        assertEquals(bad + 1, p.a.assoc.stats().badVerificationTags(), "the old tag is no longer ours");
        assertTrue(p.a.messages.isEmpty(), "nothing of the old association is delivered");
    }

    @Test
    void anInitWhileEstablishedGetsANewTagAndTheOldAssociationGoesOnUntilTheCookieComes() {
        Pair p = new Pair(904, Pair.delay(10)).connect();
        long before = p.a.assoc.localTag;
        Peer b2 = restartB(p, 905);
        // the INIT ACK is on its way; a still runs the old association with its old tag
        p.sim.runFor(Duration.ofMillis(5));
        assertEquals(before, p.a.assoc.localTag);
        assertTrue(p.sim.runUntil(b2::connected, Duration.ofSeconds(10)));
        assertTrue(p.a.assoc.localTag != before, "the restarted association uses the tag of the INIT ACK");
    }

    @Test
    void aCookieForTheRestartOfAnotherAssociationIsDiscarded() {
        // Two restarts in a row: the first restart's COOKIE ECHO, replayed after the second, names
        // tie-tags that no longer match (RFC 9260 §5.2.4: not case A), so it changes nothing.
        Pair p = new Pair(906, Pair.delay(10)).connect();
        byte[][] echo = new byte[1][];
        p.sim.tap(ev -> {
            if (echo[0] == null && ev.datagram() != null && ev.datagram().payload().length > 16
                    && ev.datagram().payload()[12] == 10 && ev.datagram().source().equals(p.b.local)) {
                echo[0] = ev.datagram().payload().clone(); // the first COOKIE ECHO (chunk type 10)
            }
        });
        Peer b2 = restartB(p, 907);
        assertTrue(p.sim.runUntil(b2::connected, Duration.ofSeconds(10)));
        p.sim.unbind(b2);
        Peer b3 = new Peer("b3", SctpConfig.builder().random(new Random(908)).build(), p.b.local);
        b3.remote = p.a.local;
        p.sim.bind(p.hb, p.b.local, b3);
        b3.assoc.connect(p.sim.now());
        assertTrue(p.sim.runUntil(b3::connected, Duration.ofSeconds(10)));
        assertEquals(2, p.a.assoc.stats().restarts());
        long tag = p.a.assoc.localTag;
        long unexpected = p.a.assoc.stats().unexpectedChunks() + p.a.assoc.stats().malformedPackets();
        p.sim.send(p.hb, new Datagram(p.b.local, p.a.local, echo[0]));
        p.sim.runFor(Duration.ofMillis(100));
        assertEquals(2, p.a.assoc.stats().restarts(), "no third restart");
        assertEquals(tag, p.a.assoc.localTag);
        assertEquals(unexpected + 1, p.a.assoc.stats().unexpectedChunks() + p.a.assoc.stats().malformedPackets());
    }
}
