package io.jrtc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NAT mapping timeouts, hairpinning, nesting, and private address reuse. */
class NatLifecycleTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long HOP = 5_000_000L; // NatWorld's delay per hop

    @Test
    void mappingExpiresAfterTheTimeoutWithoutOutboundTraffic() {
        NatWorld w = new NatWorld(NatType.PORT_RESTRICTED);
        InetSocketAddress mapped = w.mappedBy(w.s1); // sent at 0, through the NAT at 5 ms
        assertEquals(HOP + 30 * SECOND, w.nat.mappings().get(0).expiresAtNanos());

        w.sim.runFor(Duration.ofSeconds(25));
        assertTrue(w.reaches(w.s1, mapped), "alive at 25 s");
        w.sim.runFor(Duration.ofSeconds(5));
        assertTrue(w.nat.mappings().isEmpty(), "inbound traffic does not refresh: gone at 30 s");
        assertFalse(w.reaches(w.s1, mapped));
        assertEquals(1, w.sim.dropCount(DropReason.NAT_NO_MAPPING));

        InetSocketAddress again = w.mappedBy(w.s1);
        assertNotEquals(mapped, again, "a new mapping gets the next port");
    }

    @Test
    void outboundTrafficKeepsTheMappingAlive() {
        NatWorld w = new NatWorld(NatType.PORT_RESTRICTED);
        InetSocketAddress mapped = w.mappedBy(w.s1);
        for (int i = 0; i < 10; i++) {
            w.sim.runFor(Duration.ofSeconds(20));
            assertEquals(mapped, w.mappedBy(w.s1), "keepalive at " + w.sim.clock());
        }
        // The last keepalive was sent 10 ms ago (mappedBy runs 10 ms) and crossed the NAT 5 ms later.
        NatMapping m = w.nat.mappings().get(0);
        assertEquals(w.sim.now() - 2 * HOP + HOP + 30 * SECOND, m.expiresAtNanos());
        assertTrue(w.reaches(w.s1, mapped), "alive after 200 s of keepalives");
    }

    @Test
    void permissionsExpireIndependentlyOfTheMapping() {
        NatWorld w = new NatWorld(NatConfig.builder(NatType.PORT_RESTRICTED).mappingTimeout(Duration.ofSeconds(5)).build());
        InetSocketAddress mapped = w.mappedBy(w.s1);
        for (int i = 0; i < 3; i++) {
            w.sim.runFor(Duration.ofSeconds(3));
            w.mappedBy(w.s2); // keeps the mapping, and only s2's permission, fresh
        }
        assertTrue(w.reaches(w.s2, mapped));
        assertFalse(w.reaches(w.s1, mapped), "s1 was last contacted 9 s ago, timeout 5 s");
        assertEquals(1, w.sim.dropCount(DropReason.NAT_FILTERED));
    }

    @Test
    void hairpinningLetsHostsBehindOneNatMeetThroughItsPublicAddress() {
        for (boolean hairpin : List.of(true, false)) {
            Simulation sim = Simulation.seeded(1);
            Nat nat = sim.nat(NatConfig.builder(NatType.FULL_CONE).hairpinning(hairpin).build(), "203.0.113.1");
            Host a = nat.host("192.168.1.2");
            Host b = nat.host("192.168.1.3");
            Host server = sim.host("192.0.2.1");
            Mailbox ma = bind(sim, a, 5000);
            Mailbox mb = bind(sim, b, 5000);
            Mailbox ms = bind(sim, server, 3478);
            ma.send(server.address(3478), "a");
            mb.send(server.address(3478), "b");
            sim.runFor(Duration.ofMillis(1));
            InetSocketAddress aOutside = ms.inbox().get(0).source();
            InetSocketAddress bOutside = ms.inbox().get(1).source();

            ma.send(bOutside, "via the public address");
            sim.runFor(Duration.ofMillis(1));

            if (hairpin) {
                assertEquals(List.of("via the public address"), mb.texts());
                assertEquals(aOutside, mb.lastSource(), "looks as if it came from a's mapping");
            } else {
                assertTrue(mb.inbox().isEmpty());
                assertEquals(1, sim.dropCount(DropReason.NAT_HAIRPIN_DISABLED));
            }
        }
    }

    @Test
    void twoHomesMayUseTheSamePrivateAddress() {
        Simulation sim = Simulation.seeded(1);
        Nat home1 = sim.nat(NatType.PORT_RESTRICTED, "203.0.113.1");
        Nat home2 = sim.nat(NatType.PORT_RESTRICTED, "203.0.113.2");
        Host h1 = home1.host("192.168.1.2");
        Host h2 = home2.host("192.168.1.2");
        Host server = sim.host("192.0.2.1");
        Mailbox m1 = bind(sim, h1, 5000);
        Mailbox m2 = bind(sim, h2, 5000);
        EchoServer echo = new EchoServer(server.address(3478));
        sim.bind(server, 3478, echo);

        m1.send(server.address(3478), "one");
        m2.send(server.address(3478), "two");
        sim.runFor(Duration.ofMillis(1));

        assertEquals(List.of(new InetSocketAddress(home1.publicAddress(), 49152),
                new InetSocketAddress(home2.publicAddress(), 49152)), echo.sources());
        assertEquals(List.of("one"), m1.texts());
        assertEquals(List.of("two"), m2.texts());
    }

    @Test
    void natsNest() {
        Simulation sim = Simulation.seeded(1);
        Nat carrier = sim.nat(NatType.FULL_CONE, "198.51.100.1");
        Nat home = carrier.nat(NatType.PORT_RESTRICTED, "100.64.0.2");
        Host laptop = home.host("192.168.1.2");
        Host server = sim.host("192.0.2.1");
        Mailbox m = bind(sim, laptop, 5000);
        EchoServer echo = new EchoServer(server.address(3478));
        sim.bind(server, 3478, echo);

        m.send(server.address(3478), "through two NATs");
        sim.runFor(Duration.ofMillis(1));

        assertEquals(carrier.publicAddress(), echo.sources().get(0).getAddress());
        assertEquals(List.of("through two NATs"), m.texts());
        assertEquals(laptop.address(5000), home.mappings().get(0).internal());
        assertEquals(home.mappings().get(0).external(), carrier.mappings().get(0).internal());
        assertEquals(home, laptop.nat().orElseThrow());
    }

    @Test
    void ipv6DoesNotCrossAnIpv4Nat() {
        Simulation sim = Simulation.seeded(1);
        Nat nat = sim.nat(NatType.FULL_CONE, "203.0.113.1");
        Host inside = nat.host("192.168.1.2", "fd00::2");
        Host server = sim.host("192.0.2.1", "2001:db8::1");
        Mailbox m = new Mailbox(new InetSocketAddress(inside.addresses().get(1), 5000));
        sim.bind(inside, "fd00::2", 5000, m);
        sim.bind(server, "2001:db8::1", 3478, new EchoServer(null));

        m.send(new InetSocketAddress(server.addresses().get(1), 3478), "v6");
        sim.runFor(Duration.ofMillis(1));
        assertEquals(1, sim.dropCount(DropReason.NO_ROUTE));
    }

    @Test
    void aHostBehindANatIsNotLinkedDirectlyToTheInternet() {
        Simulation sim = Simulation.seeded(1);
        Host inside = sim.host("10.0.0.1");
        Host server = sim.host("192.0.2.1");
        Nat nat = sim.nat(NatType.SYMMETRIC, "203.0.113.1", inside);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sim.link(inside, server, LinkConditions.PERFECT));
        assertTrue(e.getMessage().contains("not on the same network"), e.getMessage());
        sim.link(nat, server, LinkConditions.PERFECT); // the NAT is
        sim.link(inside, nat, LinkConditions.PERFECT); // and so is its private network
    }

    private static Mailbox bind(Simulation sim, Host host, int port) {
        Mailbox box = new Mailbox(host.address(port));
        sim.bind(host, port, box);
        return box;
    }
}
