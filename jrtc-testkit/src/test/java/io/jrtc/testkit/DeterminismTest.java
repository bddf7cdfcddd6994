package io.jrtc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A seed fully determines a run. */
class DeterminismTest {
    /** Everything observable about one run. */
    private record Run(String trace, LinkStats forward, LinkStats backward, List<NatMapping> mappings) {}

    /** A busy scenario: a client behind a NAT, every impairment on the path to the server. */
    private record Scenario(Simulation sim, Nat nat, Host server, Trace trace) {
        static Scenario seeded(long seed) {
            Simulation sim = Simulation.seeded(seed);
            Host client = sim.host("10.0.0.2");
            Host server = sim.host("192.0.2.7");
            Nat nat = sim.nat(NatType.PORT_RESTRICTED, "203.0.113.1", client);
            sim.link(nat, server, LinkConditions.builder()
                    .delay(Duration.ofMillis(20)).jitter(Duration.ofMillis(5)).jitterMayReorder(true)
                    .loss(0.1).reorder(0.05, Duration.ofMillis(10)).duplication(0.02).rate(2_000_000).build());
            sim.bind(server, 3478, new EchoServer(server.address(3478)));
            sim.bind(server, 9000, new PacketSink(server.address(9000)));
            sim.bind(client, 5000, new RequestClient(client.address(5000), server.address(3478), 200,
                    Duration.ofMillis(100), Duration.ofMillis(10)));
            sim.bind(client, 7000, new PacketSource(client.address(7000), server.address(9000), 1000,
                    Duration.ofMillis(20), 600, 0));
            Trace trace = new Trace();
            sim.tap(trace);
            return new Scenario(sim, nat, server, trace);
        }

        Run run() {
            sim.runFor(Duration.ofSeconds(30));
            return new Run(trace.toString(), sim.link(nat, server).stats(), sim.link(server, nat).stats(),
                    nat.mappings());
        }
    }

    @Test
    void theSameSeedGivesAnIdenticalRun() {
        Run first = Scenario.seeded(42).run();
        Run second = Scenario.seeded(42).run();

        assertEquals(first.trace(), second.trace());
        assertEquals(first, second);
        assertTrue(first.trace().lines().count() > 2000, "a substantial trace");
        for (String kind : List.of("DROP LOSS", "DUPLICATE", "TRANSLATE", "DELIVER")) {
            assertTrue(first.trace().contains(kind), "exercises " + kind);
        }
    }

    @Test
    void aDifferentSeedGivesADifferentRun() {
        Run first = Scenario.seeded(42).run();
        Run other = Scenario.seeded(43).run();

        assertNotEquals(first.trace(), other.trace());
        assertNotEquals(first.forward(), other.forward());
    }

    @Test
    void traceTimesNeverGoBackwards() {
        Scenario scenario = Scenario.seeded(7);
        scenario.run();
        long last = Long.MIN_VALUE;
        for (TraceEvent e : scenario.trace().events()) {
            assertTrue(e.timeNanos() >= last, e::toString);
            last = e.timeNanos();
        }
    }
}
