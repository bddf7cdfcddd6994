package io.jrtc.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.NatType;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An ICE restart started by the peer, as a browser does it (RFC 9429 §5.2.1/§5.3.1, RFC 8445 §9):
 * the peer restarts and offers, the agent restarts for its answer and learns the peer's new
 * credentials, then the peer learns ours. Roles stay as they were (libwebrtc keeps its role across
 * restarts); both agents must move to a pair of the new generation and carry data on it.
 */
class RemoteStartedRestartTest {

    /** "b" plays jrtc, "a" plays the browser that restarts; {@code browserControls} picks the roles. */
    @ParameterizedTest(name = "browser controlling: {0}")
    @ValueSource(booleans = {true, false})
    void aRestartOfferedByThePeerMovesBothToTheNewGeneration(boolean browserControls) {
        for (long seed = 1; seed <= 20; seed++) {
            IceWorld w = new IceWorld(seed, null, NatType.FULL_CONE);
            w.peers(IceWorld.config(seed, browserControls ? IceRole.CONTROLLING : IceRole.CONTROLLED),
                    IceWorld.config(seed + 100, browserControls ? IceRole.CONTROLLED : IceRole.CONTROLLING));
            w.directSignaling().start();
            assertTrue(w.runUntilConnected(Duration.ofSeconds(5)), w::status);
            w.sim.runFor(Duration.ofSeconds(1));
            IceRole roleA = w.a.agent.role();
            IceRole roleB = w.b.agent.role();

            // The browser restarts (its offer), we restart for the answer and take its credentials,
            w.a.agent.restart(w.sim.now());
            w.a.drain();
            w.b.agent.restart(w.sim.now());
            w.b.agent.setRemoteCredentials(w.a.agent.localCredentials());
            w.b.drain();
            for (IceCandidate c : w.a.localCandidates) {
                if (c.ufrag().orElse("").equals(w.a.agent.localCredentials().ufrag())) {
                    w.b.agent.addRemoteCandidate(c);
                }
            }
            w.sim.runFor(Duration.ofMillis(30)); // the answer is on its way
            w.a.agent.setRemoteCredentials(w.b.agent.localCredentials());
            for (IceCandidate c : w.b.localCandidates) {
                if (c.ufrag().orElse("").equals(w.b.agent.localCredentials().ufrag())) {
                    w.a.agent.addRemoteCandidate(c);
                }
            }
            w.a.drain();
            final SimPeer a = w.a;
            final SimPeer b = w.b;
            boolean moved = w.sim.runUntil(() -> current(a) && current(b), Duration.ofSeconds(10));
            assertTrue(moved, "seed " + seed + ": both on the new generation: " + w.status());
            assertEquals(roleA, w.a.agent.role(), "seed " + seed);
            assertEquals(roleB, w.b.agent.role(), "seed " + seed);
            String text = "after " + seed;
            assertTrue(w.a.send(text));
            assertTrue(w.sim.runUntil(() -> b.received.contains(text), Duration.ofMillis(500)), w::status);
        }
    }

    /**
     * libwebrtc, restarting, checks from its new candidates with its new ufrag and our previous
     * one before our answer reaches it, and nominates such a pair. We must answer, learn the pair,
     * check it back (triggered check, RFC 8445 §7.3.1.4) and accept the nomination (§7.3.1.5),
     * else the browser sends on a pair we never selected. Before the fix: b never selected it.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 4, 5, 6})
    void checksOfThePeersNewGenerationToOurPreviousUfragAreLearnedAndNominationAccepted(long seed) {
        IceWorld w = new IceWorld(seed, null, null);
        w.peers(IceWorld.config(seed, IceRole.CONTROLLING), IceWorld.config(seed + 100, IceRole.CONTROLLED));
        w.directSignaling().start();
        assertTrue(w.runUntilConnected(Duration.ofSeconds(5)), w::status);
        w.sim.runFor(Duration.ofSeconds(1));
        w.a.signal = null;
        w.b.signal = null;
        IceCredentials bOld = w.b.agent.localCredentials();
        java.util.List<IceCandidate> bOldCandidates = java.util.List.copyOf(w.b.localCandidates);
        int bSelections = selections(w.b);
        long bChecksSent = w.b.agent.stats().checksSent();

        // The browser restarts and offers; we restart for the answer and learn its credentials.
        w.a.agent.restart(w.sim.now());
        w.a.drain();
        w.b.agent.restart(w.sim.now());
        w.b.agent.setRemoteCredentials(w.a.agent.localCredentials());
        w.b.drain();
        // Until the answer arrives, the browser pairs its new candidates with our old ones.
        w.a.agent.setRemoteCredentials(bOld);
        bOldCandidates.forEach(w.a.agent::addRemoteCandidate);
        w.a.drain();

        SimPeer b = w.b;
        assertTrue(w.sim.runUntil(() -> selections(b) > bSelections, Duration.ofSeconds(3)),
                "the browser's nomination is accepted: " + w.status());
        assertTrue(w.b.agent.stats().checksSent() > bChecksSent, "triggered checks were sent back");
        assertEquals(IceRole.CONTROLLED, w.b.agent.role());
        String text = "on the nominated pair";
        assertTrue(w.a.send(text));
        assertTrue(w.sim.runUntil(() -> b.received.contains(text), Duration.ofMillis(500)), w::status);
        // Consent on that pair keeps working with the previous credentials.
        w.sim.runFor(Duration.ofSeconds(40));
        assertTrue(w.b.connected() && w.a.connected(), w::status);
    }

    /**
     * The same early checks, then the answer arrives: whichever side controls, both end on a pair
     * of the new generation with their roles unchanged (libwebrtc keeps its role across restarts).
     */
    @ParameterizedTest(name = "browser controlling: {0}")
    @ValueSource(booleans = {true, false})
    void afterTheEarlyChecksTheAnswerMovesBothToTheNewGeneration(boolean browserControls) {
        for (long seed = 1; seed <= 10; seed++) {
            IceWorld w = new IceWorld(seed, null, null);
            w.peers(IceWorld.config(seed, browserControls ? IceRole.CONTROLLING : IceRole.CONTROLLED),
                    IceWorld.config(seed + 100, browserControls ? IceRole.CONTROLLED : IceRole.CONTROLLING));
            w.directSignaling().start();
            assertTrue(w.runUntilConnected(Duration.ofSeconds(5)), w::status);
            w.a.signal = null;
            w.b.signal = null;
            IceRole roleA = w.a.agent.role();
            IceRole roleB = w.b.agent.role();
            IceCredentials bOld = w.b.agent.localCredentials();
            java.util.List<IceCandidate> bOldCandidates = java.util.List.copyOf(w.b.localCandidates);

            w.a.agent.restart(w.sim.now());
            w.a.drain();
            w.b.agent.restart(w.sim.now());
            w.b.agent.setRemoteCredentials(w.a.agent.localCredentials());
            w.b.drain();
            w.a.agent.setRemoteCredentials(bOld);
            bOldCandidates.forEach(w.a.agent::addRemoteCandidate);
            w.a.drain();
            w.sim.runFor(Duration.ofMillis(200)); // early checks before the answer arrives
            w.a.agent.setRemoteCredentials(w.b.agent.localCredentials());
            for (IceCandidate c : w.b.localCandidates) {
                if (c.ufrag().orElse("").equals(w.b.agent.localCredentials().ufrag())) {
                    w.a.agent.addRemoteCandidate(c);
                }
            }
            w.a.drain();
            SimPeer a = w.a;
            SimPeer b = w.b;
            long s = seed;
            assertTrue(w.sim.runUntil(() -> current(a) && current(b), Duration.ofSeconds(10)),
                    () -> "seed " + s + ": " + w.status());
            assertEquals(roleA, w.a.agent.role(), "seed " + seed);
            assertEquals(roleB, w.b.agent.role(), "seed " + seed);
            String text = "after " + seed;
            assertTrue(w.a.send(text));
            assertTrue(w.sim.runUntil(() -> b.received.contains(text), Duration.ofMillis(500)), w::status);
        }
    }

    private static int selections(SimPeer p) {
        return (int) p.events.stream().filter(IceEvent.SelectedPairChanged.class::isInstance).count();
    }

    private static boolean current(SimPeer p) {
        return p.agent.selectedPair().map(s -> s.local().ufrag().orElse("").equals(p.agent.localCredentials().ufrag()))
                .orElse(false) && p.connected();
    }
}
