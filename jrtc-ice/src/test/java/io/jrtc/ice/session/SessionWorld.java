package io.jrtc.ice.session;

import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceCredentials;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceRole;
import io.jrtc.ice.StunServer;
import io.jrtc.testkit.Datagram;
import io.jrtc.testkit.Endpoint;
import io.jrtc.testkit.Host;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.testkit.Nat;
import io.jrtc.testkit.NatType;
import io.jrtc.testkit.Simulation;
import io.jrtc.testkit.turn.FakeTurnServer;
import io.jrtc.testkit.turn.SimTurnServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Two sessions, each on a host optionally behind a NAT, with a STUN server and one simulated TURN
 * server per side on the public side ({@link SimTurnServer} keeps one allocation), and an mDNS hub
 * that stands in for the multicast group of the hosts' shared link. Links have 10 ms delay.
 */
final class SessionWorld {
    final Simulation sim;
    final Host hostA;
    final Host hostB;
    final Nat natA;
    final Nat natB;
    final InetSocketAddress stun;
    final SimTurnServer turnA;
    final SimTurnServer turnB;
    final InetSocketAddress mdnsHub;
    final Host hubHost;
    private final List<InetSocketAddress> mdnsMembers = new ArrayList<>();
    SessionPeer a;
    SessionPeer b;

    SessionWorld(long seed, NatType natTypeA, NatType natTypeB) {
        sim = Simulation.seeded(seed);
        sim.defaultConditions(LinkConditions.builder().delay(Duration.ofMillis(10)).build());
        stun = sim.bind(sim.host("192.0.2.100"), 3478, new StunServer());
        turnA = turnServer("192.0.2.10");
        turnB = turnServer("192.0.2.11");
        hostA = sim.host(natTypeA == null ? "198.51.100.1" : "10.0.0.1");
        hostB = sim.host(natTypeB == null ? "198.51.100.2" : "10.0.1.1");
        natA = natTypeA == null ? null : sim.nat(natTypeA, "203.0.113.1", hostA);
        natB = natTypeB == null ? null : sim.nat(natTypeB, "203.0.113.2", hostB);
        hubHost = sim.host("198.51.100.250");
        mdnsHub = sim.bind(hubHost, 5353, hub());
    }

    private SimTurnServer turnServer(String ip) {
        Host h = sim.host(ip);
        SimTurnServer s = new SimTurnServer(h.address(3478), h.address(50000));
        sim.bind(h, 3478, s);
        sim.bind(h, 50000, s);
        return s;
    }

    // The multicast group: what one member sends, every other member receives.
    private Endpoint hub() {
        ArrayDeque<Datagram> out = new ArrayDeque<>();
        return Endpoint.of("mdns-hub", (now, d) -> {
            for (InetSocketAddress m : mdnsMembers) {
                if (!m.equals(d.source())) {
                    out.add(new Datagram(d.destination(), m, d.payload()));
                }
            }
        }, now -> { }, out::poll, () -> Endpoint.NEVER);
    }

    static IceConfig.Builder agent(long seed, IceRole role) {
        return IceConfig.builder().role(role).random(new Random(seed));
    }

    static TurnServer turn(SimTurnServer s, String password) {
        return TurnServer.of("turn:" + s.control.getAddress().getHostAddress() + ":" + s.control.getPort(),
                FakeTurnServer.USER, password);
    }

    /** a's and b's sessions, bound on port 5000 (and 5353 for mDNS), with direct signaling. */
    SessionWorld peers(IceSessionConfig configA, IceSessionConfig configB) {
        a = bind("a", hostA, configA);
        b = bind("b", hostB, configB);
        a.signal = (now, c) -> b.session.addRemoteCandidate(now, c);
        b.signal = (now, c) -> a.session.addRemoteCandidate(now, c);
        return this;
    }

    private SessionPeer bind(String name, Host host, IceSessionConfig config) {
        SessionPeer p = new SessionPeer(name, config);
        p.base = sim.bind(host, 5000, p);
        p.mdnsAddress = sim.bind(host, 5353, p);
        p.mdnsGroup = mdnsHub;
        mdnsMembers.add(p.mdnsAddress);
        p.session.addHostAddress(p.base);
        return p;
    }

    /** Exchanges credentials and starts gathering on both sides now. */
    SessionWorld start() {
        a.session.setRemoteCredentials(b.session.localCredentials());
        b.session.setRemoteCredentials(a.session.localCredentials());
        a.now = sim.now();
        b.now = sim.now();
        a.session.startGathering(sim.now());
        b.session.startGathering(sim.now());
        a.drain();
        b.drain();
        return this;
    }

    boolean runUntilConnected(Duration limit) {
        return sim.runUntil(() -> a.connected() && b.connected(), limit);
    }

    String status() {
        return sim.status() + "\na: " + a.session.stats() + " " + a.session + " errors=" + a.errors
                + "\nb: " + b.session.stats() + " " + b.session + " errors=" + b.errors;
    }

    /**
     * The answerer of a restart offer restarts as well (JSEP): new credentials both ways, and
     * every candidate of the new generation goes across again.
     */
    void answererRestartsToo(IceCredentials newA) {
        b.session.restart(sim.now());
        b.drain();
        b.session.setRemoteCredentials(newA);
        a.session.setRemoteCredentials(b.session.localCredentials());
        for (IceCandidate c : List.copyOf(a.signaled)) {
            if (c.ufrag().orElse("").equals(newA.ufrag())) {
                b.session.addRemoteCandidate(sim.now(), c);
            }
        }
        for (IceCandidate c : List.copyOf(b.signaled)) {
            if (c.ufrag().orElse("").equals(b.session.localCredentials().ufrag())) {
                a.session.addRemoteCandidate(sim.now(), c);
            }
        }
        a.drain();
        b.drain();
    }
}
