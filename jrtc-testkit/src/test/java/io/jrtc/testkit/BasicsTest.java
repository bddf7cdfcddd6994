package io.jrtc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.internal.IpLiterals;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The value types: clock, datagram, conditions, address literals, trace lines. */
class BasicsTest {
    private static final InetSocketAddress A = new InetSocketAddress(IpLiteral.of("10.0.0.1"), 5000);
    private static final InetSocketAddress B = new InetSocketAddress(IpLiteral.of("192.0.2.7"), 3478);

    @Test
    void clockMovesForwardOnly() {
        VirtualClock clock = new VirtualClock(1_000);
        clock.advanceBy(Duration.ofNanos(500));
        clock.advanceTo(2_000);
        clock.advanceTo(2_000);
        assertEquals(2_000, clock.now());
        assertEquals(Duration.ofNanos(1_000), clock.elapsed());
        assertThrows(IllegalArgumentException.class, () -> clock.advanceTo(1_999));
        assertThrows(IllegalArgumentException.class, () -> clock.advanceBy(Duration.ofNanos(-1)));
        assertThrows(IllegalArgumentException.class, () -> clock.advanceBy(Duration.ofDays(365 * 400)));
        assertEquals(2_000, clock.now(), "failed moves change nothing");
    }

    @Test
    void datagramIsAValueWithACopiedPayload() {
        byte[] bytes = {1, 2, 3};
        Datagram d = new Datagram(A, B, bytes);
        bytes[0] = 9;
        d.payload()[1] = 9;
        assertEquals(new Datagram(A, B, new byte[] {1, 2, 3}), d);
        assertEquals(new Datagram(A, B, new byte[] {1, 2, 3}).hashCode(), d.hashCode());
        assertNotEquals(new Datagram(A, B, new byte[] {1, 2, 4}), d);
        assertEquals("10.0.0.1:5000 > 192.0.2.7:3478 (3 B: 010203)", d.toString());
        assertEquals(new Datagram(B, A, new byte[] {7}), d.reply(new byte[] {7}));
        assertEquals(3, d.length());
    }

    @Test
    void datagramRefusesWhatUdpCannotCarry() {
        InetSocketAddress v6 = new InetSocketAddress(IpLiteral.of("2001:db8::1"), 1);
        assertThrows(IllegalArgumentException.class, () -> new Datagram(A, v6, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new Datagram(A, B, new byte[65_508]));
        assertThrows(IllegalArgumentException.class,
                () -> new Datagram(InetSocketAddress.createUnresolved("example.com", 1), B, new byte[0]));
        assertEquals("[2001:db8::1]:1 > [2001:db8::1]:1 (0 B: )", new Datagram(v6, v6, new byte[0]).toString());
    }

    @Test
    void conditionsBuilderChecksAndPrintsOnlyWhatIsSet() {
        LinkConditions c = LinkConditions.builder().delay(Duration.ofMillis(25)).loss(0.02).build();
        assertEquals("LinkConditions[delay=PT0.025S, loss=0.02]", c.toString());
        assertEquals(c, c.toBuilder().build());
        assertNotEquals(c, c.toBuilder().loss(0.03).build());
        assertTrue(LinkConditions.PERFECT.isPerfect());
        assertTrue(!c.isPerfect());
        assertTrue(LinkConditions.builder().queueLimitPackets(5).build().isPerfect(), "no rate, no queue");
        assertThrows(IllegalArgumentException.class, () -> LinkConditions.builder().loss(1.1));
        assertThrows(IllegalArgumentException.class, () -> LinkConditions.builder().loss(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> LinkConditions.builder().delay(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> LinkConditions.builder().rate(-1));
        assertThrows(IllegalArgumentException.class, () -> LinkConditions.builder().mtu(0));
    }

    @Test
    void gilbertElliottFromLossAndBurstLength() {
        GilbertElliott ge = GilbertElliott.bursts(0.05, 4);
        assertEquals(0.25, ge.badToGood(), 1e-12);
        assertEquals(0.05, ge.meanLoss(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> GilbertElliott.bursts(0.9, 1));
        assertThrows(IllegalArgumentException.class, () -> new GilbertElliott(2, 0, 0, 1));
    }

    @Test
    void addressLiteralsNeverResolveNames() {
        assertEquals("2001:db8::1", IpLiterals.format(IpLiteral.of("2001:0DB8:0:0:0:0:0:1")));
        assertEquals("2001:db8:0:1::", IpLiterals.format(IpLiteral.of("2001:db8:0:1:0:0:0:0")));
        assertEquals("::", IpLiterals.format(IpLiteral.of("::")));
        assertEquals("1:0:2::3", IpLiterals.format(IpLiteral.of("1:0:2:0:0:0:0:3")));
        assertThrows(IllegalArgumentException.class, () -> IpLiterals.parse("localhost"));
        assertThrows(IllegalArgumentException.class, () -> IpLiterals.parse("10.0.0.256"));
        assertThrows(IllegalArgumentException.class, () -> IpLiterals.parse("::ffff:10.0.0.1"));
        Simulation sim = Simulation.seeded(1);
        sim.host("10.0.0.1");
        assertThrows(IllegalArgumentException.class, () -> sim.host("10.0.0.1"), "unique per network");
        assertThrows(IllegalArgumentException.class, () -> sim.host("example.com"));
    }

    @Test
    void traceLinesAndCapacity() {
        Trace trace = new Trace(2);
        Datagram d = new Datagram(A, B, new byte[] {1});
        trace.onEvent(new TraceEvent(1_500_000, TraceEvent.Kind.SEND, d, null, "host 10.0.0.1"));
        trace.onEvent(new TraceEvent(2_000_000, TraceEvent.Kind.DROP, d, DropReason.LOSS, "link x"));
        trace.onEvent(new TraceEvent(3_000_000, TraceEvent.Kind.DROP, d, DropReason.QUEUE_FULL, "link x"));
        assertEquals(2, trace.size());
        assertEquals(1, trace.discarded());
        assertEquals(2, trace.count(TraceEvent.Kind.DROP));
        assertEquals("0.002000000s DROP LOSS              10.0.0.1:5000 > 192.0.2.7:3478 (1 B: 01) at link x",
                trace.events().get(0).toString());
        assertThrows(IllegalArgumentException.class,
                () -> new TraceEvent(0, TraceEvent.Kind.SEND, d, DropReason.LOSS, "x"));
    }

    @Test
    void defaultConditionsApplyToPathsNotConfiguredExplicitly() {
        Simulation sim = Simulation.seeded(1);
        Host a = sim.host("192.0.2.1");
        Host b = sim.host("192.0.2.2");
        Host c = sim.host("192.0.2.3");
        LinkConditions slow = LinkConditions.builder().delay(Duration.ofMillis(100)).build();
        sim.link(a, b, LinkConditions.PERFECT);
        sim.defaultConditions(slow);
        assertEquals(LinkConditions.PERFECT, sim.link(a, b).conditions());
        assertEquals(slow, sim.link(a, c).conditions());
        assertEquals("link 192.0.2.1 > 192.0.2.3 LinkConditions[delay=PT0.1S]", sim.link(a, c).toString());
    }
}
