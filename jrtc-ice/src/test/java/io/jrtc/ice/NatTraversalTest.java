package io.jrtc.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.NatType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every combination of no NAT and the four classic NAT types on either side, with a STUN server.
 * Without a relay, the pairs where one side maps per destination (symmetric) and the other
 * filters by port (port-restricted or symmetric) cannot work: those must end in {@code failed};
 * all others connect, over host, server-reflexive or peer-reflexive candidates as the NATs allow.
 */
class NatTraversalTest {
    static Stream<Arguments> combinations() {
        List<NatType> types = new ArrayList<>();
        types.add(null);
        types.addAll(List.of(NatType.values()));
        List<Arguments> out = new ArrayList<>();
        for (NatType a : types) {
            for (NatType b : types) {
                out.add(Arguments.of(a, b));
            }
        }
        return out.stream();
    }

    private static boolean reachable(NatType a, NatType b) {
        return !(a == NatType.SYMMETRIC && filtersByPort(b) || b == NatType.SYMMETRIC && filtersByPort(a));
    }

    private static boolean filtersByPort(NatType t) {
        return t == NatType.PORT_RESTRICTED || t == NatType.SYMMETRIC;
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("combinations")
    void connectsWhereTheNatsAllow(NatType natA, NatType natB) {
        long seed = 31L * (natA == null ? 9 : natA.ordinal()) + (natB == null ? 9 : natB.ordinal());
        IceWorld w = new IceWorld(seed, natA, natB).peersWithStun(seed).directSignaling().start();
        if (!reachable(natA, natB)) {
            assertTrue(w.sim.runUntil(() -> w.a.state() == IceConnectionState.FAILED
                    && w.b.state() == IceConnectionState.FAILED, Duration.ofSeconds(60)), w::status);
            assertTrue(w.a.agent.selectedPair().isEmpty());
            assertFalse(w.a.send("x"));
            assertEquals(Long.MAX_VALUE, w.a.agent.pollTimeout(), "a failed agent wants no more wake-ups");
            return;
        }
        assertTrue(w.runUntilConnected(Duration.ofSeconds(10)), w::status);
        assertEquals(w.a.selectedRemote(), w.b.agent.selectedPair().orElseThrow().local().socketAddress()
                .filter(x -> natB == null).orElse(w.a.selectedRemote()));
        IceCandidateType expectedRemoteOfA = natB == null ? IceCandidateType.HOST
                : natB == NatType.SYMMETRIC ? IceCandidateType.PRFLX : null;
        if (expectedRemoteOfA != null) {
            assertEquals(expectedRemoteOfA, w.a.selectedRemoteType(), w::status);
        } else {
            assertTrue(Set.of(IceCandidateType.SRFLX, IceCandidateType.PRFLX).contains(w.a.selectedRemoteType()));
        }
        assertTrue(w.a.send("ping"));
        assertTrue(w.sim.runUntil(() -> w.b.received.contains("ping"), Duration.ofSeconds(1)), w::status);
        assertTrue(w.b.send("pong"));
        assertTrue(w.sim.runUntil(() -> w.a.received.contains("pong"), Duration.ofSeconds(1)), w::status);
        assertTrue(w.sim.runUntil(() -> w.a.state() == IceConnectionState.COMPLETED
                && w.b.state() == IceConnectionState.COMPLETED, Duration.ofSeconds(30)), w::status);
    }
}
