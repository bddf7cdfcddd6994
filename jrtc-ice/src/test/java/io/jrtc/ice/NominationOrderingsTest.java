package io.jrtc.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.LinkConditions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regular nomination by the controlling agent (RFC 8445 §8.1.1) whatever the order things arrive
 * in: the controlled peer's checks before our copy of its credentials (peer-reflexive remotes and
 * triggered checks that wait for them, §7.3.1.3-§7.3.1.4), its candidates before or after the
 * credentials (RFC 8838), no end-of-candidates at all, lost, duplicated and reordered packets, and
 * an ICE restart while the first nomination is pending. Each seed draws one such world.
 */
class NominationOrderingsTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void theControllingAgentNominatesWhenItsCredentialsComeLate(long seed) {
        Random r = new Random(seed);
        IceWorld w = world(seed, r);
        List<IceCandidate> toA = new ArrayList<>();
        w.b.signal = toA::add;
        w.b.agent.setRemoteCredentials(w.a.agent.localCredentials());
        w.a.agent.startGathering(w.sim.now());
        w.a.drain();
        w.b.agent.startGathering(w.sim.now());
        w.b.drain();
        boolean candidatesFirst = r.nextBoolean();
        if (candidatesFirst) {
            toA.forEach(w.a.agent::addRemoteCandidate);
        }
        w.sim.runFor(Duration.ofMillis(r.nextInt(1500)));
        assertEquals(0, w.a.agent.stats().checksSent(), "no checks without the peer's password");
        w.a.agent.setRemoteCredentials(w.b.agent.localCredentials());
        if (!candidatesFirst) {
            toA.forEach(w.a.agent::addRemoteCandidate);
        }
        w.a.drain();
        assertTrue(w.sim.runUntil(() -> w.a.agent.selectedPair().isPresent() && w.b.agent.selectedPair().isPresent(),
                Duration.ofSeconds(20)), w::status);
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35, 36, 37, 38, 39, 40})
    void aRestartWhileTheNominationIsPendingStillEndsInANewSelectedPair(long seed) {
        Random r = new Random(seed);
        IceWorld w = world(seed, r);
        w.directSignaling();
        w.start();
        assertTrue(w.sim.runUntil(() -> w.a.agent.connectionState() == IceConnectionState.CONNECTED
                || w.a.agent.selectedPair().isPresent(), Duration.ofSeconds(20)), w::status);
        // The first valid pair exists; the nomination is pending or in flight. Restart now.
        w.sim.runFor(Duration.ofMillis(r.nextInt(40)));
        List<IceCandidate> toA = new ArrayList<>();
        w.b.signal = toA::add;
        w.a.agent.restart(w.sim.now());
        w.a.drain();
        // The answerer restarts, then takes the offer's credentials; its checks may reach a long
        // before a learns b's new credentials.
        w.b.agent.restart(w.sim.now());
        w.b.agent.setRemoteCredentials(w.a.agent.localCredentials());
        w.b.drain();
        w.sim.runFor(Duration.ofMillis(r.nextInt(1000)));
        w.a.agent.setRemoteCredentials(w.b.agent.localCredentials());
        toA.forEach(w.a.agent::addRemoteCandidate);
        w.b.signal = c -> w.a.agent.addRemoteCandidate(c);
        w.a.drain();
        String ufragA = w.a.agent.localCredentials().ufrag();
        assertTrue(w.sim.runUntil(() -> w.a.agent.selectedPair().map(p -> p.local().ufrag().orElse("").equals(ufragA))
                .orElse(false), Duration.ofSeconds(20)), w::status);
    }

    /**
     * §8.1.1: once the stopping criterion holds (here at once: the only pair is valid, no better
     * one can still succeed) the controlling agent nominates then, not when the nomination delay
     * meant for pending better pairs runs out, and without waiting for end-of-candidates.
     */
    @ParameterizedTest
    @ValueSource(longs = {51, 52, 53})
    void withNothingBetterPendingTheNominationGoesOutAtOnce(long seed) {
        IceWorld w = new IceWorld(seed, null, null).peers(IceWorld.config(seed, IceRole.CONTROLLING)
                .nominationDelay(Duration.ofSeconds(3)), IceWorld.config(seed + 1, IceRole.CONTROLLED));
        w.directSignaling();
        w.a.endOfCandidates = null;
        w.b.endOfCandidates = null;
        w.start();
        assertTrue(w.sim.runUntil(() -> w.a.state() == IceConnectionState.CONNECTED, Duration.ofSeconds(5)), w::status);
        long validAt = w.sim.now();
        assertTrue(w.sim.runUntil(() -> w.a.agent.selectedPair().isPresent(), Duration.ofSeconds(10)), w::status);
        long took = w.sim.now() - validAt;
        assertTrue(took < Duration.ofMillis(200).toNanos(), () -> "nominated " + took / 1_000_000 + " ms after the "
                + "first valid pair although no better pair was pending");
    }

    private static IceWorld world(long seed, Random r) {
        IceWorld w = new IceWorld(seed, null, null);
        w.sim.defaultConditions(LinkConditions.builder().delay(Duration.ofMillis(1 + r.nextInt(30)))
                .jitter(Duration.ofMillis(r.nextInt(40))).loss(r.nextDouble() * 0.3)
                .duplication(r.nextDouble() * 0.3).reorder(r.nextDouble() * 0.3, Duration.ofMillis(r.nextInt(200)))
                .build());
        w.peers(IceWorld.config(seed, IceRole.CONTROLLING), IceWorld.config(seed + 1, IceRole.CONTROLLED));
        return w;
    }
}
