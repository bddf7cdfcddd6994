package io.jrtc.ice;

import io.jrtc.testkit.Host;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.testkit.Nat;
import io.jrtc.testkit.NatType;
import io.jrtc.testkit.Simulation;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Random;

/**
 * Two ICE agents, each on a host optionally behind a NAT, a STUN server on the public side, and
 * signaling that trickles candidates straight across (or into a {@link Signaling} a test holds
 * back). Links have 10 ms delay unless a test sets other conditions.
 */
final class IceWorld {
    final Simulation sim;
    final Host hostA;
    final Host hostB;
    final Nat natA;
    final Nat natB;
    final InetSocketAddress stun;
    SimPeer a;
    SimPeer b;

    IceWorld(long seed, NatType natTypeA, NatType natTypeB) {
        sim = Simulation.seeded(seed);
        sim.defaultConditions(LinkConditions.builder().delay(Duration.ofMillis(10)).build());
        Host stunHost = sim.host("192.0.2.100");
        stun = sim.bind(stunHost, 3478, new StunServer());
        hostA = sim.host(natTypeA == null ? "198.51.100.1" : "10.0.0.1");
        hostB = sim.host(natTypeB == null ? "198.51.100.2" : "10.0.1.1");
        natA = natTypeA == null ? null : sim.nat(natTypeA, "203.0.113.1", hostA);
        natB = natTypeB == null ? null : sim.nat(natTypeB, "203.0.113.2", hostB);
    }

    static IceConfig.Builder config(long seed, IceRole role) {
        return IceConfig.builder().role(role).random(new Random(seed));
    }

    /** Creates both agents (a controlling, b controlled), binds them on port 5000, wires signaling. */
    IceWorld peers(IceConfig.Builder configA, IceConfig.Builder configB) {
        a = new SimPeer("a", configA.build());
        b = new SimPeer("b", configB.build());
        InetSocketAddress addrA = sim.bind(hostA, 5000, a);
        InetSocketAddress addrB = sim.bind(hostB, 5000, b);
        a.agent.addHostAddress(addrA);
        b.agent.addHostAddress(addrB);
        return this;
    }

    /** Both with the STUN server configured. */
    IceWorld peersWithStun(long seed) {
        return peers(config(seed, IceRole.CONTROLLING).stunServer(stun), config(seed + 1, IceRole.CONTROLLED).stunServer(stun));
    }

    /** Candidates and end-of-candidates go straight to the other side. */
    IceWorld directSignaling() {
        a.signal = c -> b.agent.addRemoteCandidate(c);
        b.signal = c -> a.agent.addRemoteCandidate(c);
        a.endOfCandidates = b.agent::endOfRemoteCandidates;
        b.endOfCandidates = a.agent::endOfRemoteCandidates;
        return this;
    }

    /** Exchanges credentials and starts gathering on both sides at the current time. */
    IceWorld start() {
        a.agent.setRemoteCredentials(b.agent.localCredentials());
        b.agent.setRemoteCredentials(a.agent.localCredentials());
        a.agent.startGathering(sim.now());
        b.agent.startGathering(sim.now());
        a.drain();
        b.drain();
        return this;
    }

    boolean runUntilConnected(Duration limit) {
        return sim.runUntil(() -> a.connected() && b.connected(), limit);
    }

    String status() {
        return sim.status() + "\na: " + a.states + " " + a.agent.stats() + " " + a.agent + "\nb: " + b.states + " " + b.agent.stats() + " " + b.agent;
    }
}
