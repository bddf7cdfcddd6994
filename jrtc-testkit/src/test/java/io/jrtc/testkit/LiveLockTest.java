package io.jrtc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Runs that would never end fail loudly, saying why. */
class LiveLockTest {
    private final Simulation sim = Simulation.seeded(5);
    private final Host a = sim.host("192.0.2.1");
    private final Host b = sim.host("198.51.100.1");

    @Test
    void anEndpointAskingForATimeoutInThePastForeverIsCaught() {
        Endpoint stuck = Endpoint.of("stuck-timer", (now, d) -> { }, now -> { }, () -> null, () -> 0L);
        sim.bind(a, 5000, stuck);

        LiveLockException e = assertThrows(LiveLockException.class, () -> sim.runFor(Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("stuck-timer"), e.getMessage());
        assertTrue(e.getMessage().contains("pollTimeout()"), e.getMessage());
    }

    @Test
    void endpointsPingPongingOverPerfectLinksAreCaught() {
        sim.bind(a, 5000, new EchoServer(a.address(5000)));
        sim.bind(b, 5000, new EchoServer(b.address(5000)));
        sim.send(a, new Datagram(a.address(5000), b.address(5000), new byte[] {1}));

        LiveLockException e = assertThrows(LiveLockException.class, () -> sim.runFor(Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("virtual time is stuck at 0.000000000s"), e.getMessage());
        assertTrue(e.getMessage().contains("DELIVER"), "shows recent activity: " + e.getMessage());
    }

    @Test
    void aRunOverItsStepBudgetIsCaught() {
        sim.link(a, b, LinkConditions.builder().delay(Duration.ofMillis(1)).build());
        sim.bind(a, 5000, new EchoServer(a.address(5000)));
        sim.bind(b, 5000, new EchoServer(b.address(5000)));
        sim.send(a, new Datagram(a.address(5000), b.address(5000), new byte[] {1}));
        sim.maxSteps(10_000);

        sim.runFor(Duration.ofSeconds(1)); // 1000 bounces, 2 steps each: within budget
        assertEquals(1000, sim.link(a, b).stats().delivered() + sim.link(b, a).stats().delivered());
        LiveLockException e = assertThrows(LiveLockException.class, () -> sim.runFor(Duration.ofHours(1)));
        assertTrue(e.getMessage().contains("Simulation.maxSteps"), e.getMessage());
    }

    @Test
    void anEndpointThatNeverStopsTransmittingIsCaught() {
        Datagram d = new Datagram(a.address(5000), b.address(5000), new byte[1]);
        sim.bind(a, 5000, Endpoint.of("firehose", (now, x) -> { }, now -> { }, () -> d, () -> Endpoint.NEVER));

        LiveLockException e = assertThrows(LiveLockException.class, sim::step);
        assertTrue(e.getMessage().contains("firehose") && e.getMessage().contains("pollTransmit()"), e.getMessage());
    }
}
