package io.jrtc.ice.turn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.ice.IceAgent;
import io.jrtc.ice.IceCandidateType;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceConnectionState;
import io.jrtc.ice.IceDatagram;
import io.jrtc.ice.IceEvent;
import io.jrtc.ice.IceRole;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two jrtc ICE agents with relay candidates only, each relayed through its own allocation on a real
 * coturn: checks and data go agent -> TURN client -> coturn -> coturn -> TURN client -> agent. The
 * controlling agent reaches coturn over UDP or TCP, the controlled one over UDP.
 */
class IceOverCoturnTest {
    private static final long GUARD_NANOS = 30_000_000_000L;

    /** One side: an agent whose only candidate is relayed by a TURN client over a UDP socket. */
    private static final class Side {
        final IceAgent agent;
        final TurnClient turn;
        final ByteChannel channel;
        final List<IceEvent.DataReceived> data = new ArrayList<>();
        Side peer;
        InetSocketAddress relayed;

        Side(IceRole role, Coturn coturn, Selector selector, TurnTransport transport) throws IOException {
            agent = new IceAgent(IceConfig.builder().role(role).build());
            turn = new TurnClient(TurnClientConfig.builder(coturn.address, Coturn.USER, Coturn.PASSWORD)
                    .transport(transport).build());
            channel = transport == TurnTransport.UDP ? DatagramChannel.open().connect(coturn.address)
                    : SocketChannel.open(coturn.address);
            ((SelectableChannel) channel).configureBlocking(false).register(selector, SelectionKey.OP_READ, this);
        }

        void pump(long now) throws IOException {
            for (TurnEvent e = turn.pollEvent(); e != null; e = turn.pollEvent()) {
                switch (e) {
                    case TurnEvent.Allocated a -> {
                        relayed = a.relayed();
                        agent.addRelayCandidate(a.relayed(), a.mapped(), turn.config().server());
                    }
                    case TurnEvent.PeerData d -> agent.handleInput(now, IceDatagram.udp(relayed, d.peer(), d.data()));
                    case TurnEvent.Failed f -> throw new AssertionError("TURN failed: " + f);
                    default -> { }
                }
            }
            for (IceEvent e = agent.pollEvent(); e != null; e = agent.pollEvent()) {
                if (e instanceof IceEvent.LocalCandidate c) {
                    assertEquals(IceCandidateType.RELAY, c.candidate().type());
                    // The peer's TURN client must permit our relayed address before checks get through.
                    peer.turn.createPermission(now, c.candidate().socketAddress().orElseThrow());
                    peer.agent.addRemoteCandidate(c.candidate());
                } else if (e instanceof IceEvent.DataReceived d) {
                    data.add(d);
                }
            }
            for (IceDatagram d = agent.pollTransmit(); d != null; d = agent.pollTransmit()) {
                assertEquals(relayed, d.local(), "the agent sends only from its relayed candidate");
                turn.send(now, d.remote(), d.payload());
            }
            for (byte[] b = turn.pollTransmit(); b != null; b = turn.pollTransmit()) {
                ByteBuffer out = ByteBuffer.wrap(b);
                while (out.hasRemaining()) {
                    channel.write(out);
                }
            }
        }

        void timers(long now) {
            if (turn.pollTimeout() - now <= 0) {
                turn.handleTimeout(now);
            }
            if (agent.pollTimeout() - now <= 0) {
                agent.handleTimeout(now);
            }
        }

        long nextTimeout() {
            return Math.min(turn.pollTimeout(), agent.pollTimeout());
        }

        boolean connected() {
            IceConnectionState s = agent.connectionState();
            return s == IceConnectionState.CONNECTED || s == IceConnectionState.COMPLETED;
        }
    }

    @ParameterizedTest
    @EnumSource(value = TurnTransport.class, names = {"UDP", "TCP"})
    void twoAgentsConnectRelayOnlyThroughCoturn(TurnTransport transport) throws Exception {
        try (Coturn coturn = Coturn.start(null); Selector selector = Selector.open()) {
            Side a = new Side(IceRole.CONTROLLING, coturn, selector, transport);
            Side b = new Side(IceRole.CONTROLLED, coturn, selector, TurnTransport.UDP);
            a.peer = b;
            b.peer = a;
            try {
                a.agent.setRemoteCredentials(b.agent.localCredentials());
                b.agent.setRemoteCredentials(a.agent.localCredentials());
                long start = System.nanoTime();
                for (Side s : List.of(a, b)) {
                    s.agent.startGathering(start);
                    s.turn.allocate(start);
                }
                byte[] hello = "hello over two relays".getBytes(StandardCharsets.UTF_8);
                boolean sent = false;
                while (b.data.isEmpty() || a.agent.selectedPair().isEmpty() || b.agent.selectedPair().isEmpty()) {
                    long now = System.nanoTime();
                    assertTrue(now - start < GUARD_NANOS, "no connection within 30 s: a=" + a.agent.connectionState()
                            + " b=" + b.agent.connectionState() + " " + a.agent.stats() + " " + b.agent.stats());
                    a.pump(now);
                    b.pump(now);
                    if (!sent && a.connected() && b.connected()) {
                        sent = a.agent.send(now, hello);
                        a.pump(now);
                    }
                    long wake = Math.min(a.nextTimeout(), b.nextTimeout());
                    long waitMs = Math.max(1, Math.min(200, (wake - System.nanoTime()) / 1_000_000L));
                    if (selector.select(waitMs) > 0) {
                        for (SelectionKey k : selector.selectedKeys()) {
                            Side s = (Side) k.attachment();
                            ByteBuffer buf = ByteBuffer.allocate(65536);
                            for (int n = s.channel.read(buf); n != 0; n = s.channel.read(buf.clear())) {
                                if (n < 0) {
                                    s.turn.connectionLost(System.nanoTime(), "EOF");
                                    break;
                                }
                                s.turn.handleInput(System.nanoTime(), buf.array(), 0, n);
                            }
                        }
                        selector.selectedKeys().clear();
                    }
                    a.timers(System.nanoTime());
                    b.timers(System.nanoTime());
                }
                assertArrayEquals(hello, b.data.get(0).datagram().payload());
                assertEquals(a.relayed, b.data.get(0).datagram().remote(), "B sees A's relayed address");
                for (Side s : List.of(a, b)) {
                    var pair = s.agent.selectedPair().orElseThrow();
                    assertEquals(IceCandidateType.RELAY, pair.local().type());
                    assertEquals(IceCandidateType.RELAY, pair.remote().type());
                }
            } finally {
                a.channel.close();
                b.channel.close();
            }
        }
    }
}
