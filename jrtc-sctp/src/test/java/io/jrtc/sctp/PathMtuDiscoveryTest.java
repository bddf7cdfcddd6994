package io.jrtc.sctp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.LinkConditions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PLPMTUD (RFC 8899 §6.2) in deterministic simulations: SCTP packets go straight into UDP
 * datagrams here, and the link drops IP packets (payload + 28 bytes) above its MTU, as a path
 * with the don't-fragment bit set does.
 */
class PathMtuDiscoveryTest {
    private static final int IP_UDP = 28;

    private static Pair pair(long seed, LinkConditions link, boolean probing) {
        return new Pair(seed, link, c -> c.pathMtuDiscovery(probing).receiveWindow(64L << 20)).connect();
    }

    private static LinkConditions mtu(int ipMtu) {
        return LinkConditions.builder().delay(Duration.ofMillis(10)).mtu(ipMtu).build();
    }

    private static void transfer(Pair p, long bytes) {
        Bulk bulk = new Bulk(p, bytes, 64 * 1024, SendOptions.RELIABLE, 1, 1L << 20);
        bulk.start();
        assertTrue(p.sim.runUntil(bulk::done, Duration.ofMinutes(10)), () -> "stalled: " + p.a.assoc.stats());
        assertArrayEquals(bulk.sentDigest(), bulk.receivedDigest());
        assertTrue(bulk.inOrder);
    }

    @Test
    void searchConvergesOnTheLinkMtuAndDataUsesIt() {
        int limit = 1500 - IP_UDP; // the largest SCTP packet the link carries
        Pair p = pair(11, mtu(1500), true);
        p.sim.runFor(Duration.ofMinutes(15)); // each size that fails costs 3 probe timeouts of 15 s
        SctpStats s = p.a.assoc.stats();
        assertTrue(s.pathMtu() <= limit && s.pathMtu() > limit - PathMtuDiscovery.GRANULARITY,
                () -> "PLPMTU " + s.pathMtu() + " for a limit of " + limit);
        assertEquals(PathMtuDiscovery.Phase.SEARCH_COMPLETE, p.a.assoc.pmtu.phase());
        assertTrue(p.sim.link(p.ha, p.hb).stats().droppedByMtu() > 0, "probes above the limit were sent and dropped");

        transfer(p, 8L << 20);
        assertTrue(p.a.largestSent > 1200 && p.a.largestSent <= limit, () -> "largest packet " + p.a.largestSent);
        SctpStats after = p.a.assoc.stats();
        assertEquals(0, after.retransmissions(), "lost probes never cause retransmissions");
        assertEquals(0, after.t3Expirations());
        assertEquals(0, after.pmtuBlackHoles());
    }

    @Test
    void unlimitedPathReachesTheCapInAFewRoundTrips() {
        Pair p = pair(12, LinkConditions.builder().delay(Duration.ofMillis(10)).build(), true);
        p.sim.runFor(Duration.ofSeconds(1)); // every probe passes: one round trip each
        assertEquals(SctpConfig.DEFAULT_MAX_MTU, p.a.assoc.stats().pathMtu());
        assertEquals(SctpConfig.DEFAULT_MAX_MTU, p.b.assoc.stats().pathMtu());
        transfer(p, 16L << 20);
        assertTrue(p.a.largestSent > 8952, () -> "largest packet " + p.a.largestSent);
        assertTrue(p.a.largestSent <= SctpConfig.DEFAULT_MAX_MTU);
    }

    @Test
    void blackHoleAfterConvergenceFallsBackAndDataStillFlows() {
        Pair p = pair(13, LinkConditions.builder().delay(Duration.ofMillis(10)).build(), true);
        p.sim.runFor(Duration.ofSeconds(1));
        assertEquals(SctpConfig.DEFAULT_MAX_MTU, p.a.assoc.stats().pathMtu());
        // the path changes: from now on only 1300-byte IP packets pass, both ways
        p.sim.link(p.ha, p.hb, mtu(1300));
        p.sim.runFor(Duration.ofMinutes(10)); // the confirmation probe (every 60 s) fails 3 times; the search runs again
        SctpStats s = p.a.assoc.stats();
        assertEquals(1, s.pmtuBlackHoles());
        assertTrue(s.pathMtu() >= 1200 && s.pathMtu() <= 1300 - IP_UDP, () -> "PLPMTU " + s.pathMtu());
        assertTrue(p.a.assoc.state() == SctpState.ESTABLISHED);
        transfer(p, 4L << 20);
    }

    @Test
    void blackHoleWhileSendingDropsNewDataToTheBaseSize() {
        LinkConditions slow = LinkConditions.builder().delay(Duration.ofMillis(10)).rate(20_000_000L)
                .queueLimitBytes(256 * 1024).build();
        Pair p = pair(14, slow, true);
        p.sim.runFor(Duration.ofSeconds(1));
        Bulk bulk = new Bulk(p, 1L << 40, 64 * 1024, SendOptions.RELIABLE, 1, 1L << 20);
        bulk.start();
        p.sim.runFor(Duration.ofSeconds(2));
        p.sim.link(p.ha, p.hb, slow.toBuilder().mtu(1300).build());
        int before = p.a.largestSent;
        // the retransmission timeout starts a confirmation at once; its third loss is the verdict
        assertTrue(p.sim.runUntil(() -> p.a.assoc.stats().pmtuBlackHoles() == 1, Duration.ofSeconds(60)),
                () -> "no fallback: " + p.a.assoc.stats());
        assertEquals(1200, p.a.assoc.stats().pathMtu());
        assertTrue(before > 1300);
    }

    @Test
    void onByDefault() {
        assertTrue(SctpConfig.builder().build().pathMtuDiscovery());
        Pair p = new Pair(18, LinkConditions.builder().delay(Duration.ofMillis(10)).build()).connect();
        p.sim.runFor(Duration.ofSeconds(1));
        assertEquals(SctpConfig.DEFAULT_MAX_MTU, p.a.assoc.stats().pathMtu());
    }

    @Test
    void switchedOffNoProbeIsSent() {
        Pair p = pair(15, LinkConditions.builder().delay(Duration.ofMillis(10)).build(), false);
        p.sim.runFor(Duration.ofMinutes(2));
        transfer(p, 1L << 20);
        assertEquals(0, p.a.probePackets);
        assertEquals(0, p.b.probePackets);
        assertEquals(0, p.a.assoc.stats().pmtuProbes());
        assertEquals(1200, p.a.largestSent);
    }

    @Test
    void probesAreLoneHeartbeatsOfTheExactSizeWithoutPadAndOutsideTheWindow() throws SctpParseException {
        Pair p = pair(16, LinkConditions.builder().delay(Duration.ofMillis(10)).build(), true);
        p.sim.runFor(Duration.ofSeconds(1));
        SctpStats s = p.a.assoc.stats();
        assertEquals(4, s.pmtuProbes(), "ladder 1400, 1432, 8952, then the cap"); // all pass on this path
        assertTrue(p.a.probePackets >= 8, "4 probes and 4 echoes of b's probes: " + p.a.probePackets);
        assertEquals(0, s.flightBytes());
        assertEquals(0, s.retransmissions());
        SctpPacket last = SctpPacket.parse(p.a.lastProbe);
        assertEquals(SctpConfig.DEFAULT_MAX_MTU, p.a.lastProbe.length, "the last one is the cap, exactly");
        assertEquals(1, last.chunks().size(), "one chunk, no PAD: " + last.chunks());
        byte[] info = last.chunks().get(0) instanceof HeartbeatChunk h ? h.info()
                : ((HeartbeatAckChunk) last.chunks().get(0)).info();
        assertEquals(SctpConfig.DEFAULT_MAX_MTU - PathMtuDiscovery.PROBE_OVERHEAD, info.length);
        assertTrue(PathMtuDiscovery.isProbeInfo(info));
    }

    @Test
    void returnPathNarrowerThanForwardYieldsTheSmallerSizeNeverALargerOne() {
        int forward = 9000;
        int back = 1500;
        Pair p = new Pair(19, LinkConditions.PERFECT, c -> c.receiveWindow(64L << 20));
        p.sim.link(p.ha, p.hb, mtu(forward), mtu(back));
        p.connect();
        p.sim.runFor(Duration.ofMinutes(15));
        int aMtu = p.a.assoc.stats().pathMtu();
        int bMtu = p.b.assoc.stats().pathMtu();
        // a's probes pass forward but their echoes must come back through the 1500-byte direction
        assertTrue(aMtu <= back - IP_UDP && aMtu > back - IP_UDP - PathMtuDiscovery.GRANULARITY, () -> "a: " + aMtu);
        assertTrue(bMtu <= back - IP_UDP, () -> "b: " + bMtu);
        transfer(p, 4L << 20);
        assertEquals(0, p.a.assoc.stats().retransmissions());
    }

    @Test
    void aPeersPaddedHeartbeatIsEchoedAloneAtItsSizeEvenWithASackDue() throws SctpParseException {
        Pair p = new Pair(20, LinkConditions.PERFECT, c -> c.pathMtuDiscovery(false)).connect();
        long tag = p.b.assoc.localTag;
        byte[] info = new byte[4000 - PathMtuDiscovery.PROBE_OVERHEAD];
        new java.util.Random(5).nextBytes(info);
        byte[] probe = new SctpPacket(5000, 5000, tag, List.of(new HeartbeatChunk(info))).encode();
        p.a.assoc.send(p.sim.now(), 1, 51, new byte[] {1}, SendOptions.RELIABLE);
        byte[] data = p.a.assoc.pollTransmit(p.sim.now());
        p.b.assoc.handleInput(p.sim.now(), data); // a SACK is now due at b
        p.b.assoc.handleInput(p.sim.now(), probe);
        List<SctpPacket> out = new java.util.ArrayList<>();
        byte[] w;
        boolean echoed = false;
        while ((w = p.b.assoc.pollTransmit(p.sim.now())) != null) {
            SctpPacket q = SctpPacket.parse(w);
            if (q.chunks().stream().anyMatch(c -> c instanceof HeartbeatAckChunk)) {
                assertEquals(4000, w.length, "the echo is exactly the probe's size");
                assertEquals(1, q.chunks().size(), "nothing bundled with the echo: " + q.chunks());
                assertArrayEquals(info, ((HeartbeatAckChunk) q.chunks().get(0)).info());
                echoed = true;
            }
            out.add(q);
        }
        assertTrue(echoed, "no HEARTBEAT ACK in " + out);
    }

    @Test
    void padBeforeOtherChunksIsSkippedAndTheRestProcessed() throws SctpParseException {
        Pair p = new Pair(17, LinkConditions.PERFECT).connect();
        long tag = p.b.assoc.localTag;
        byte[] wire = new SctpPacket(5000, 5000, tag, List.of(new PadChunk(100), new HeartbeatChunk(new byte[] {1, 2, 3, 4})))
                .encode();
        p.b.assoc.handleInput(p.sim.now(), wire);
        byte[] out = p.b.assoc.pollTransmit(p.sim.now());
        SctpPacket answer = SctpPacket.parse(out);
        assertTrue(answer.chunks().stream().anyMatch(c -> c instanceof HeartbeatAckChunk), "HEARTBEAT after PAD answered");
        assertEquals(0, p.b.assoc.stats().unknownChunks());
    }

    /** The state machine alone: ladder order, exact acks only, three losses per size, binary search after a failure. */
    @Test
    void stateMachineClimbsTheLadderIgnoresForgedAcksAndBisectsAfterAFailure() {
        long second = 1_000_000_000L;
        PathMtuDiscovery d = new PathMtuDiscovery(1200, 16_384, 15 * second, 60 * second, new java.util.Random(3));
        d.start(0);
        int size = d.takeProbe(0);
        assertEquals(1400, size);
        assertEquals(0, d.takeProbe(0), "one probe at a time");
        byte[] info = d.probeInfo(0);
        byte[] forged = info.clone();
        forged[12] ^= 1; // another nonce
        d.onProbeAck(1, forged);
        assertEquals(1200, d.plpmtu(), "an ack with the wrong nonce confirms nothing");
        assertEquals(1400 - PathMtuDiscovery.PROBE_OVERHEAD, info.length, "the info fills the probe");
        byte[] otherSize = java.nio.ByteBuffer.wrap(info.clone()).putInt(4, 9000).array();
        d.onProbeAck(1, otherSize);
        assertEquals(1200, d.plpmtu(), "an ack naming another size confirms nothing");
        d.onProbeAck(1, java.util.Arrays.copyOf(info, PathMtuDiscovery.INFO_LENGTH));
        assertEquals(1200, d.plpmtu(), "a truncated echo confirms nothing");
        d.onProbeAck(1, info);
        assertEquals(1400, d.plpmtu());
        d.onProbeAck(2, info);
        assertEquals(1400, d.plpmtu(), "a duplicate ack changes nothing");

        assertEquals(1432, d.takeProbe(2));
        d.onProbeAck(3, d.probeInfo(2));
        assertEquals(8952, d.takeProbe(3));
        long t = 3;
        for (int lost = 1; lost <= PathMtuDiscovery.MAX_PROBES; lost++) {
            t += 15 * second;
            d.onTimeout(t);
            if (lost < PathMtuDiscovery.MAX_PROBES) {
                assertEquals(8952, d.takeProbe(t), "the same size again after loss " + lost);
            }
        }
        assertEquals(1432, d.plpmtu(), "lost probes never lower the PLPMTU");
        assertEquals(((1432 + 8952) / 2) & ~3, d.takeProbe(t), "halfway between confirmed and failed");
        assertEquals(PathMtuDiscovery.Phase.SEARCHING, d.phase());
    }
}
