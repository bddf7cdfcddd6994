package io.jrtc.webrtc.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.Host;
import io.jrtc.testkit.Simulation;
import io.jrtc.webrtc.RTCCertificate;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCPeerConnectionState;
import io.jrtc.webrtc.internal.net.SimulatedNet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Two {@code RTCPeerConnection}s, {@code a} and {@code b}, on hosts of a seeded simulated network,
 * in virtual time; signaling is handed across directly (in order, without delay). Every test
 * method runs on the simulation's one thread: calls on a connection between steps complete before
 * they return, and the network, timers and handlers run inside {@link #until}.
 */
final class SimWorld {
    /** Fixed certificates: generated once, so every run's DTLS flights are the same size. */
    static final RTCCertificate CERT_A = RTCCertificate.generate();
    static final RTCCertificate CERT_B = RTCCertificate.generate();

    final Simulation sim;
    final SimulatedNet net;
    SimPeer a;
    SimPeer b;

    SimWorld(long seed) {
        sim = Simulation.seeded(seed);
        sim.maxSteps(Long.MAX_VALUE);
        net = new SimulatedNet(sim);
    }

    /** Makes the two peers on their hosts, each with its configuration and its certificate. */
    SimWorld peers(Host hostA, RTCConfiguration.Builder configA, Host hostB, RTCConfiguration.Builder configB) {
        a = new SimPeer("a", net.runtime(hostA), configA.certificates(List.of(CERT_A)).build());
        b = new SimPeer("b", net.runtime(hostB), configB.certificates(List.of(CERT_B)).build());
        a.trickleTo(b);
        b.trickleTo(a);
        return this;
    }

    SimWorld peers(Host hostA, Host hostB) {
        return peers(hostA, RTCConfiguration.builder(), hostB, RTCConfiguration.builder());
    }

    /** Offer from {@code offerer}, answer from the other (W3C order), then what the offer asked for runs. */
    static void negotiate(SimPeer offerer, SimPeer answerer) {
        done(offerer.pc.setLocalDescription(), offerer.name + " setLocalDescription(offer)");
        answerer.setRemote(offerer.pc.localDescription().orElseThrow());
        done(answerer.pc.setLocalDescription(), answerer.name + " setLocalDescription(answer)");
        offerer.setRemote(answerer.pc.localDescription().orElseThrow());
    }

    void negotiate() {
        negotiate(a, b);
    }

    /** Runs the simulation until both connections are connected. */
    SimWorld connect(Duration limit) {
        until(() -> a.pc.connectionState() == RTCPeerConnectionState.CONNECTED
                && b.pc.connectionState() == RTCPeerConnectionState.CONNECTED, limit, "both connected");
        return this;
    }

    /** Runs the simulation until {@code condition} holds; fails after {@code limit} of virtual time. */
    void until(BooleanSupplier condition, Duration limit, String what) {
        until(condition, limit, what, () -> "");
    }

    void until(BooleanSupplier condition, Duration limit, String what, Supplier<String> detail) {
        assertTrue(sim.runUntil(condition, limit), () -> "no " + what + " within " + limit + " of virtual time, at "
                + sim.clock() + "\n" + a + "\n" + b + "\n" + detail.get());
    }

    /**
     * The result of an operation called between steps: on the simulation's thread it has completed
     * when the call returns (a handler calling one would only queue it).
     */
    static <T> T done(CompletableFuture<T> f, String what) {
        assertTrue(f.isDone(), () -> what + " did not complete at once on the simulation's thread");
        return f.join();
    }
}
