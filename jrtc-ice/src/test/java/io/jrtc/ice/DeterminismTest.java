package io.jrtc.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.jrtc.testkit.LinkConditions;
import io.jrtc.testkit.NatType;
import io.jrtc.testkit.Trace;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A seed fully determines a run: the agent takes all its randomness from the configured generator. */
class DeterminismTest {
    private static String run(long seed) {
        IceWorld w = new IceWorld(seed, NatType.PORT_RESTRICTED, NatType.SYMMETRIC);
        w.sim.defaultConditions(LinkConditions.builder().delay(Duration.ofMillis(20)).loss(0.05).build());
        Trace trace = new Trace(100_000);
        w.sim.tap(trace);
        w.peersWithStun(seed).directSignaling().start();
        w.sim.runFor(Duration.ofSeconds(30));
        return trace + "\n" + w.a.events + "\n" + w.b.events;
    }

    @Test
    void sameSeedSameRun() {
        String first = run(81);
        assertEquals(first, run(81));
        assertNotEquals(first, run(82));
    }
}
