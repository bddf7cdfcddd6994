package io.jrtc.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.stun.TransactionId;
import io.jrtc.testkit.Datagram;
import io.jrtc.testkit.Endpoint;
import io.jrtc.testkit.Host;
import io.jrtc.testkit.NatType;
import io.jrtc.testkit.Simulation;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Single-port mode: one server socket, many ICE-lite server agents behind a {@link SinglePortDemux},
 * each client a full agent behind its own NAT. Every client connects, and data reaches the right
 * server agent.
 */
class SinglePortTest {
    /** The shared socket: routes input by ufrag / remote address, sends what every agent polls. */
    static final class SharedSocket implements Endpoint {
        final SinglePortDemux<SimPeer> demux = new SinglePortDemux<>();
        final List<SimPeer> agents = new ArrayList<>();
        private final ArrayDeque<Datagram> out = new ArrayDeque<>();

        @Override
        public void handleInput(long now, Datagram d) {
            SimPeer p = demux.route(d.source(), d.payload());
            if (p != null) {
                p.handleInput(now, d);
                collect(p);
            }
        }

        @Override
        public void handleTimeout(long now) {
            for (SimPeer p : agents) {
                if (p.pollTimeout() <= now) {
                    p.handleTimeout(now);
                }
            }
        }

        @Override
        public Datagram pollTransmit() {
            if (out.isEmpty()) {
                agents.forEach(this::collect);
            }
            return out.poll();
        }

        private void collect(SimPeer p) {
            for (Datagram d = p.pollTransmit(); d != null; d = p.pollTransmit()) {
                out.add(d);
            }
        }

        @Override
        public long pollTimeout() {
            long t = NEVER;
            for (SimPeer p : agents) {
                t = Math.min(t, p.pollTimeout());
            }
            return t;
        }
    }

    @Test
    void manyClientsOnOnePort() {
        int clients = 50;
        Simulation sim = Simulation.seeded(71);
        Host serverHost = sim.host("192.0.2.10");
        SharedSocket socket = new SharedSocket();
        InetSocketAddress serverAddress = sim.bind(serverHost, 443, socket);
        List<SimPeer> clientPeers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            SimPeer server = new SimPeer("s" + i, IceConfig.builder().lite(true).random(new Random(1000 + i)).build());
            server.agent.addHostAddress(serverAddress);
            socket.agents.add(server);
            socket.demux.register(server.agent.localCredentials(), server);
            Host h = sim.host("10.1." + (i / 200) + "." + (1 + i % 200));
            sim.nat(i % 2 == 0 ? NatType.SYMMETRIC : NatType.PORT_RESTRICTED, "203.0." + (113 + i / 200) + "." + (1 + i % 200), h);
            SimPeer client = new SimPeer("c" + i, IceConfig.builder().role(IceRole.CONTROLLING).random(new Random(2000 + i)).build());
            client.agent.addHostAddress(sim.bind(h, 5000, client));
            client.agent.setRemoteLite(true);
            client.agent.setRemoteCredentials(server.agent.localCredentials());
            server.agent.setRemoteCredentials(client.agent.localCredentials());
            server.agent.startGathering(0);
            server.drain();
            server.localCandidates.forEach(client.agent::addRemoteCandidate);
            client.agent.startGathering(0);
            clientPeers.add(client);
        }
        assertTrue(sim.runUntil(() -> clientPeers.stream().allMatch(SimPeer::connected)
                && socket.agents.stream().allMatch(SimPeer::connected), Duration.ofSeconds(10)), sim::status);
        for (int i = 0; i < clients; i++) {
            assertTrue(clientPeers.get(i).send("hello " + i));
        }
        sim.runFor(Duration.ofMillis(100));
        for (int i = 0; i < clients; i++) {
            assertEquals(List.of("hello " + i), socket.agents.get(i).received);
        }
        assertEquals(0, socket.demux.unrouted());
    }

    /**
     * A forged check (spoofed source = client 0's public address, client 1's server ufrag, wrong
     * password) arriving on the shared socket after both connected must not steer client 0's later
     * data to server 1 (RFC 8445 §7.3: a request failing integrity is rejected).
     */
    @Test
    void forgedCheckWithSpoofedSourceDoesNotStealTheRoute() {
        Simulation sim = Simulation.seeded(72);
        Host serverHost = sim.host("192.0.2.10");
        SharedSocket socket = new SharedSocket();
        InetSocketAddress serverAddress = sim.bind(serverHost, 443, socket);
        List<SimPeer> clientPeers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            SimPeer server = new SimPeer("s" + i, IceConfig.builder().lite(true).random(new Random(3000 + i)).build());
            server.agent.addHostAddress(serverAddress);
            socket.agents.add(server);
            socket.demux.register(server.agent.localCredentials(), server);
            Host h = sim.host("10.2.0." + (1 + i));
            sim.nat(NatType.PORT_RESTRICTED, "203.0.114." + (1 + i), h);
            SimPeer client = new SimPeer("c" + i, IceConfig.builder().role(IceRole.CONTROLLING).random(new Random(4000 + i)).build());
            client.agent.addHostAddress(sim.bind(h, 5000, client));
            client.agent.setRemoteLite(true);
            client.agent.setRemoteCredentials(server.agent.localCredentials());
            server.agent.setRemoteCredentials(client.agent.localCredentials());
            server.agent.startGathering(0);
            server.drain();
            server.localCandidates.forEach(client.agent::addRemoteCandidate);
            client.agent.startGathering(0);
            clientPeers.add(client);
        }
        assertTrue(sim.runUntil(() -> clientPeers.stream().allMatch(SimPeer::connected)
                && socket.agents.stream().allMatch(SimPeer::connected), Duration.ofSeconds(10)), sim::status);
        InetSocketAddress victim = socket.agents.get(0).agent.selectedPair().orElseThrow().remote().socketAddress().orElseThrow();
        Credentials target = new Credentials(socket.agents.get(1).agent.localCredentials());
        Credentials attacker = new Credentials(IceCredentials.random(new Random(99)));
        Credentials forgedSigner = new Credentials(new IceCredentials(target.ufrag(), attacker.ice.pwd()));
        byte[] forged = CheckMessages.check(TransactionId.random(), attacker, forgedSigner, 1,
                IceRole.CONTROLLING, 1, false);
        socket.handleInput(sim.now(), new Datagram(victim, serverAddress, forged));
        assertEquals(1, socket.demux.unauthenticated());
        assertTrue(clientPeers.get(0).send("after forgery"));
        sim.runFor(Duration.ofMillis(100));
        assertEquals(List.of("after forgery"), socket.agents.get(0).received);
        assertEquals(List.of(), socket.agents.get(1).received);
        assertEquals(0, socket.demux.unrouted());
    }
}
