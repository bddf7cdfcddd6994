package io.jrtc.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.Host;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.testkit.Simulation;
import java.net.Inet6Address;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How long the controlling agent takes from its first valid pair to a selected pair, in virtual
 * time, on machines with several host addresses (IPv4 and IPv6, interfaces that reach nothing),
 * the situation of two peers on one machine. RFC 8445 §8.1.1 regular nomination: the best valid
 * pair is nominated once no better pair can still succeed, else when the nomination delay ends;
 * the nominating check is a triggered check, paced at Ta (§6.1.4.2), so selection follows one Ta
 * slot and a round trip later. Before that, data already flows on the best valid pair (§12.1).
 */
class SelectionTimingTest {
    private static final Duration TA = Duration.ofMillis(50);
    private static final Duration ONE_WAY = Duration.ofMillis(5);
    private static final LinkConditions DEAD = LinkConditions.builder().loss(1.0).build();

    /** Two agents on 5 ms links; each gets the given host addresses, in order, on hosts of their own. */
    private static final class Machines {
        final Simulation sim;
        final SimPeer a;
        final SimPeer b;
        long firstValidAt = -1;

        Machines(long seed, Duration nominationDelay) {
            sim = Simulation.seeded(seed);
            sim.defaultConditions(LinkConditions.builder().delay(ONE_WAY).build());
            a = new SimPeer("a", IceConfig.builder().role(IceRole.CONTROLLING).random(new Random(seed)).ta(TA)
                    .nominationDelay(nominationDelay).build());
            b = new SimPeer("b", IceConfig.builder().role(IceRole.CONTROLLED).random(new Random(seed + 1)).ta(TA)
                    .build());
        }

        Host[] interfaces(String addressA, String addressB) {
            Host ha = sim.host(addressA);
            Host hb = sim.host(addressB);
            a.agent.addHostAddress(sim.bind(ha, 5000, a));
            b.agent.addHostAddress(sim.bind(hb, 5000, b));
            return new Host[] {ha, hb};
        }

        /** Interfaces (a VPN, a container bridge) from which nothing reaches anywhere. */
        void deadInterfaces(String addressA, String addressB) {
            for (Host h : interfaces(addressA, addressB)) {
                h.uplink().setConditions(DEAD);
            }
        }

        /** Trickles, starts, and runs until a can send application data (its first valid pair). */
        void startAndRunToFirstValidPair() {
            a.signal = b.agent::addRemoteCandidate;
            b.signal = a.agent::addRemoteCandidate;
            a.agent.setRemoteCredentials(b.agent.localCredentials());
            b.agent.setRemoteCredentials(a.agent.localCredentials());
            a.agent.startGathering(sim.now());
            b.agent.startGathering(sim.now());
            a.drain();
            b.drain();
            assertTrue(sim.runUntil(() -> a.agent.pairStats().stream()
                    .anyMatch(p -> p.state() == IcePairStats.State.SUCCEEDED), Duration.ofSeconds(5)), this::status);
            firstValidAt = sim.now();
        }

        long millisToSelection(Duration limit) {
            assertTrue(sim.runUntil(() -> a.agent.selectedPair().isPresent(), limit), this::status);
            return (sim.now() - firstValidAt) / 1_000_000;
        }

        String status() {
            return sim.status() + "\na: " + a.agent + "\nb: " + b.agent;
        }
    }

    /**
     * The higher-priority pairs (IPv6, and interfaces with no route to the peer) never answer: the
     * IPv4 pair is valid first and carries data at once, and is selected when the nomination delay
     * ends, one Ta slot and a round trip later at most; not when the dead pairs finally fail
     * (seconds later, after all their retransmissions).
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void deadBetterPairsDelayTheSelectionByTheNominationDelayOnly(long seed) {
        Duration delay = Duration.ofMillis(300);
        Machines m = new Machines(seed, delay);
        Host[] v6 = m.interfaces("2001:db8::1", "2001:db8::2");
        m.sim.link(v6[0], v6[1], DEAD);
        m.interfaces("198.51.100.1", "198.51.100.2");
        for (int i = 0; i < 3; i++) {
            m.deadInterfaces("192.0.2." + (10 + i), "203.0.113." + (10 + i));
        }
        m.startAndRunToFirstValidPair();

        // §12.1: the controlling agent may send on a valid pair before nomination; the peer takes it.
        assertFalse(m.a.agent.selectedPair().isPresent(), m::status);
        assertTrue(m.a.send("early"), m::status);
        long took = m.millisToSelection(Duration.ofSeconds(5));
        assertTrue(m.b.received.contains("early"), m::status);

        long bound = delay.toMillis() + TA.toMillis() + 2 * ONE_WAY.toMillis();
        assertTrue(took >= delay.toMillis() - TA.toMillis() && took <= bound,
                () -> "selected " + took + " ms after the first valid pair; expected the nomination delay ("
                        + delay.toMillis() + " ms) plus at most a Ta slot and a round trip\n" + m.status());
        assertFalse(m.a.agent.selectedPair().orElseThrow().local().socketAddress().orElseThrow().getAddress()
                instanceof Inet6Address, m::status);
        assertTrue(m.sim.runUntil(() -> m.b.agent.selectedPair().isPresent(), Duration.ofSeconds(1)), m::status);
        assertEquals(m.a.agent.selectedPair().orElseThrow().remote().socketAddress(),
                m.b.agent.selectedPair().orElseThrow().local().socketAddress());
    }

    /**
     * Dual stack where both families work, plus dead interfaces of lower priority: the IPv6 pair is
     * the best and nothing better is pending once it is valid, so it is selected one Ta slot and a
     * round trip after the first valid pair, long before the (here 3 s) nomination delay.
     */
    @ParameterizedTest
    @ValueSource(longs = {4, 5, 6})
    void withNothingBetterPendingSelectionFollowsWithinATaSlotAndARoundTrip(long seed) {
        Machines m = new Machines(seed, Duration.ofSeconds(3));
        m.interfaces("2001:db8::1", "2001:db8::2");
        m.interfaces("198.51.100.1", "198.51.100.2");
        m.deadInterfaces("192.0.2.10", "203.0.113.10");
        m.startAndRunToFirstValidPair();
        long took = m.millisToSelection(Duration.ofSeconds(5));
        long bound = TA.toMillis() + 2 * ONE_WAY.toMillis();
        assertTrue(took <= bound, () -> "selected " + took + " ms after the first valid pair, more than a Ta slot and"
                + " a round trip (" + bound + " ms)\n" + m.status());
        assertTrue(m.a.agent.selectedPair().orElseThrow().local().socketAddress().orElseThrow().getAddress()
                instanceof Inet6Address, m::status);
    }
}
