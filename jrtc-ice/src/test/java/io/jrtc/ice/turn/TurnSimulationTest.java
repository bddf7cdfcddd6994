package io.jrtc.ice.turn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Half an hour of relayed traffic in virtual time, from behind a NAT over a lossy, jittery path to
 * a server that expires allocations, permissions and channels exactly as RFC 8656 says: the
 * client's retransmissions and refreshes must keep everything alive.
 */
class TurnSimulationTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void relayedTrafficSurvivesLossAndTheRefreshDeadlines(long seed) {
        Simulation sim = Simulation.seeded(seed);
        Host clientHost = sim.host("10.0.0.2");
        Nat nat = sim.nat(NatType.PORT_RESTRICTED, "203.0.113.1", clientHost);
        Host serverHost = sim.host("192.0.2.10");
        Host peerHost = sim.host("198.51.100.20");
        sim.link(nat, serverHost, LinkConditions.builder().delay(Duration.ofMillis(20))
                .jitter(Duration.ofMillis(5)).loss(0.10).build());
        sim.link(serverHost, peerHost, LinkConditions.builder().delay(Duration.ofMillis(10)).loss(0.02).build());

        SimTurnServer server = new SimTurnServer(serverHost.address(3478), serverHost.address(50000));
        sim.bind(serverHost, 3478, server);
        sim.bind(serverHost, 50000, server);
        InetSocketAddress peer = sim.bind(peerHost, 7000, echo(peerHost.address(7000)));

        TurnClient client = new TurnClient(TurnClientConfig.builder(server.control, FakeTurnServer.USER,
                FakeTurnServer.PASSWORD).build());
        List<TurnEvent> events = new ArrayList<>();
        sim.bind(clientHost, 5000, adapter(client, clientHost.address(5000), server.control, events));

        client.allocate(sim.now());
        assertTrue(sim.runUntil(() -> client.state() == TurnClient.State.ALLOCATED, Duration.ofSeconds(60)), events::toString);
        client.bindChannel(sim.now(), peer);
        assertTrue(sim.runUntil(() -> events.stream().anyMatch(e -> e instanceof TurnEvent.ChannelBound),
                Duration.ofSeconds(60)), events::toString);

        // One datagram every 10 s for 30 minutes, each echoed by the peer.
        Set<Integer> echoed = new HashSet<>();
        int sends = 180;
        for (int i = 0; i < sends; i++) {
            client.send(sim.now(), peer, ByteBuffer.allocate(4).putInt(i).array());
            sim.runFor(Duration.ofSeconds(10));
            for (TurnEvent e : events) {
                if (e instanceof TurnEvent.PeerData d) {
                    echoed.add(ByteBuffer.wrap(d.data()).getInt());
                }
            }
            events.removeIf(e -> e instanceof TurnEvent.PeerData);
        }
        assertTrue(events.stream().noneMatch(e -> e instanceof TurnEvent.Failed), events::toString);
        assertEquals(TurnClient.State.ALLOCATED, client.state());
        assertEquals(0, server.droppedNoPermission + server.droppedNoAllocation,
                "nothing expired at the server: allocation, permission and channel were refreshed in time");
        long lateEchoes = echoed.stream().filter(i -> i >= sends - 30).count();
        assertTrue(echoed.size() > sends * 0.6 && lateEchoes > 15,
                "echoes " + echoed.size() + "/" + sends + ", in the last 5 minutes " + lateEchoes);
        assertTrue(server.toClientAsChannelData > 0 && server.toClientAsDataIndication == 0,
                "the bound channel carried the replies");
        assertTrue(events.stream().filter(e -> e instanceof TurnEvent.Refreshed).count() >= 3,
                "the 600 s allocation was refreshed at least three times in 30 minutes");
    }

    private static Endpoint echo(InetSocketAddress self) {
        ArrayDeque<Datagram> out = new ArrayDeque<>();
        return Endpoint.of("echo", (now, d) -> out.add(d.reply(d.payload())), now -> { }, out::poll, () -> Endpoint.NEVER);
    }

    private static Endpoint adapter(TurnClient c, InetSocketAddress local, InetSocketAddress server, List<TurnEvent> events) {
        Runnable drain = () -> {
            for (TurnEvent e = c.pollEvent(); e != null; e = c.pollEvent()) {
                events.add(e);
            }
        };
        return Endpoint.of("turn-client", (now, d) -> {
            byte[] b = d.payload();
            c.handleInput(now, b, 0, b.length);
            drain.run();
        }, now -> {
            c.handleTimeout(now);
            drain.run();
        }, () -> {
            byte[] b = c.pollTransmit();
            return b == null ? null : new Datagram(local, server, b);
        }, c::pollTimeout);
    }
}
