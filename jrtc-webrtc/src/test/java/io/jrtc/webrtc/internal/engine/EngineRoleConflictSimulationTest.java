package io.jrtc.webrtc.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.ice.IceRole;
import io.jrtc.testkit.LinkConditions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Both engines start controlling: the role conflict is resolved by the tie-breakers (RFC 8445
 * §7.3.1.1) and the engine reports the switch, which RTCIceTransport.role shows.
 */
class EngineRoleConflictSimulationTest {

    @Test
    void aRoleConflictSwitchesExactlyOneSideAndIsReported() {
        for (long seed = 40; seed < 46; seed++) {
            EngineWorld w = new EngineWorld(seed, LinkConditions.builder().delay(Duration.ofMillis(20)).build(), null,
                    IceRole.CONTROLLING).start();
            long s = seed;
            assertTrue(w.run(w::connected, Duration.ofSeconds(30)), () -> "seed " + s + ": " + w.a.events + "\n" + w.b.events);
            List<IceRole> a = roles(w.a);
            List<IceRole> b = roles(w.b);
            assertEquals(1, a.size() + b.size(), () -> "seed " + s + ": exactly one side switches: " + a + " / " + b);
            assertEquals(List.of(IceRole.CONTROLLED), a.isEmpty() ? b : a, () -> "seed " + s);
        }
    }

    private static List<IceRole> roles(EnginePeer p) {
        return p.events.stream().filter(EngineEvent.IceRoleChanged.class::isInstance)
                .map(e -> ((EngineEvent.IceRoleChanged) e).role()).toList();
    }
}
