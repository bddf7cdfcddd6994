package io.jrtc.ice.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceCandidateType;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceCredentials;
import io.jrtc.ice.IceEvent;
import io.jrtc.ice.IceGatheringState;
import io.jrtc.ice.IceRole;
import io.jrtc.stun.Data;
import io.jrtc.stun.IceControlling;
import io.jrtc.stun.Lifetime;
import io.jrtc.stun.Priority;
import io.jrtc.stun.StunClass;
import io.jrtc.stun.StunCredentials;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMessageType;
import io.jrtc.stun.StunMethod;
import io.jrtc.stun.Username;
import io.jrtc.stun.XorMappedAddress;
import io.jrtc.stun.XorPeerAddress;
import io.jrtc.stun.XorRelayedAddress;
import io.jrtc.testkit.turn.FakeTurnServer;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The session's transports step by step, with a scripted TURN server: a UDP one answered through
 * {@code handleUdpInput} and a TCP one through the stream methods. Allocation with the 401 dance,
 * relay candidates (the UDP relay preferred), checks relayed as Send indications on the right
 * transport, and a peer's check relayed back and answered the same way.
 */
class SessionStreamTest {
    private static final InetSocketAddress BASE = new InetSocketAddress("198.51.100.1", 5000);
    private static final InetSocketAddress UDP_SERVER = new InetSocketAddress("192.0.2.1", 3478);
    private static final InetSocketAddress TCP_SERVER = new InetSocketAddress("192.0.2.2", 3478);
    private static final InetSocketAddress UDP_RELAYED = new InetSocketAddress("192.0.2.1", 50000);
    private static final InetSocketAddress TCP_RELAYED = new InetSocketAddress("192.0.2.2", 50001);
    private static final InetSocketAddress PEER = new InetSocketAddress("203.0.113.9", 4000);
    private static final IceCredentials PEER_CREDS = new IceCredentials("peer", "peerpasswordpeerpassword");

    private final FakeTurnServer server = new FakeTurnServer();
    private final List<SessionTransmit> sent = new ArrayList<>();
    private final List<IceEvent> events = new ArrayList<>();
    private IceSession session;
    private long now = 1_000;

    private void drain() {
        for (SessionTransmit t = session.pollTransmit(); t != null; t = session.pollTransmit()) {
            sent.add(t);
        }
        for (IceEvent e = session.pollEvent(); e != null; e = session.pollEvent()) {
            events.add(e);
        }
    }

    private <T extends SessionTransmit> List<T> take(Class<T> type) {
        List<T> out = new ArrayList<>();
        sent.removeIf(t -> type.isInstance(t) && out.add(type.cast(t)));
        return out;
    }

    private static List<StunMessage> stun(List<byte[]> wire) {
        return wire.stream().filter(b -> StunMessage.isStun(b, 0, b.length)).map(StunMessage::decode).toList();
    }

    private List<StunMessage> toUdpServer() {
        return stun(take(SessionTransmit.Udp.class).stream().filter(u -> u.remote().equals(UDP_SERVER))
                .map(SessionTransmit.Udp::payload).toList());
    }

    private List<StunMessage> onStream() {
        return stun(take(SessionTransmit.StreamData.class).stream().map(SessionTransmit.StreamData::bytes).toList());
    }

    private void fromUdpServer(byte[] b) {
        session.handleUdpInput(++now, BASE, UDP_SERVER, b);
        drain();
    }

    private void fromStream(byte[] b) {
        session.handleStreamInput(++now, 1, b, 0, b.length);
        drain();
    }

    private byte[] allocated(StunMessage request, InetSocketAddress relayed) {
        return server.success(request, new XorRelayedAddress(relayed),
                new XorMappedAddress(new InetSocketAddress("198.51.100.1", 5000)), new Lifetime(600));
    }

    @Test
    void allocatesOverUdpAndTcpAndRelaysChecksBothWays() {
        session = new IceSession(IceSessionConfig.builder(IceConfig.builder().role(IceRole.CONTROLLED)
                        .random(new Random(3)).build())
                .turnServer(TurnServer.of("turn:192.0.2.2:3478?transport=tcp", FakeTurnServer.USER, FakeTurnServer.PASSWORD))
                .turnServer(TurnServer.of("turn:192.0.2.1:3478", FakeTurnServer.USER, FakeTurnServer.PASSWORD))
                .build());
        session.addHostAddress(BASE);
        session.startGathering(now);
        drain();
        SessionTransmit.OpenStream open = take(SessionTransmit.OpenStream.class).get(0);
        assertEquals(new SessionTransmit.OpenStream(1, TCP_SERVER), open);

        // UDP: Allocate, 401, Allocate with credentials, success.
        StunMessage first = toUdpServer().get(0);
        assertEquals(StunMethod.ALLOCATE, first.method());
        fromUdpServer(server.challenge(first, 401));
        fromUdpServer(allocated(toUdpServer().get(0), UDP_RELAYED));
        assertEquals(IceGatheringState.GATHERING, session.gatheringState(), "the TCP server has not answered yet");

        // TCP: nothing before the connection, then the same dance on the stream.
        assertTrue(onStream().isEmpty());
        session.handleStreamConnected(++now, 1);
        drain();
        StunMessage tcpFirst = onStream().get(0);
        fromStream(server.challenge(tcpFirst, 401));
        fromStream(allocated(onStream().get(0), TCP_RELAYED));
        assertEquals(IceGatheringState.COMPLETE, session.gatheringState());

        List<IceCandidate> relays = events.stream().filter(e -> e instanceof IceEvent.LocalCandidate c
                && c.candidate().type() == IceCandidateType.RELAY).map(e -> ((IceEvent.LocalCandidate) e).candidate()).toList();
        assertEquals(2, relays.size());
        IceCandidate overUdp = relays.stream().filter(c -> c.port() == UDP_RELAYED.getPort()).findFirst().orElseThrow();
        IceCandidate overTcp = relays.stream().filter(c -> c.port() == TCP_RELAYED.getPort()).findFirst().orElseThrow();
        assertTrue(overUdp.priority() > overTcp.priority(), "a relay over UDP is preferred to one over TCP");
        assertTrue(events.indexOf(new IceEvent.GatheringStateChanged(IceGatheringState.COMPLETE))
                > events.indexOf(new IceEvent.LocalCandidate(overTcp)), "complete comes last");

        // A remote candidate: a permission on both servers, then checks as Send indications.
        session.setRemoteCredentials(PEER_CREDS);
        session.addRemoteCandidate(++now, IceCandidate.builder().foundation("9").priority(2122260223L)
                .address(PEER).type(IceCandidateType.HOST).build());
        for (int i = 0; i < 20; i++) {
            session.handleTimeout(now += 50_000_000L);
        }
        drain();
        List<StunMessage> udpOut = toUdpServer();
        List<StunMessage> tcpOut = onStream();
        for (List<StunMessage> out : List.of(udpOut, tcpOut)) {
            assertTrue(out.stream().anyMatch(m -> m.method().equals(StunMethod.CREATE_PERMISSION)
                    && m.get(XorPeerAddress.class).orElseThrow().address().getAddress().equals(PEER.getAddress())));
            StunMessage send = out.stream().filter(m -> m.method().equals(StunMethod.SEND)).findFirst().orElseThrow();
            assertEquals(PEER, send.get(XorPeerAddress.class).orElseThrow().address());
            byte[] check = send.get(Data.class).orElseThrow().toByteArray();
            assertEquals(StunMessageType.BINDING_REQUEST, StunMessage.decode(check).type());
        }

        // The peer's check arrives as a Data indication on the stream; the answer goes back there.
        byte[] peerCheck = StunMessage.builder(StunMessageType.BINDING_REQUEST)
                .add(new Username(session.localCredentials().ufrag() + ":" + PEER_CREDS.ufrag()))
                .add(new Priority(1845501695L)).add(new IceControlling(7))
                .messageIntegrity(StunCredentials.shortTermKey(session.localCredentials().pwd())).fingerprint()
                .build().encode();
        StunMessage dataIndication = StunMessage.builder(StunMethod.DATA, StunClass.INDICATION)
                .add(new XorPeerAddress(PEER)).add(Data.of(peerCheck)).build();
        fromStream(dataIndication.encode());
        StunMessage answer = onStream().stream().filter(m -> m.method().equals(StunMethod.SEND))
                .map(m -> StunMessage.decode(m.get(Data.class).orElseThrow().toByteArray()))
                .filter(m -> m.type().equals(StunMessageType.BINDING_SUCCESS)).findFirst().orElseThrow();
        assertArrayEquals(StunMessage.decode(peerCheck).transactionId().toByteArray(), answer.transactionId().toByteArray());
        assertEquals(0, session.stats().relaySendFailures());
    }
}
