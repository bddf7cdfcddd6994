package io.jrtc.webrtc.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.GilbertElliott;
import io.jrtc.testkit.Host;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.testkit.Nat;
import io.jrtc.testkit.NatType;
import io.jrtc.testkit.turn.FakeTurnServer;
import io.jrtc.testkit.turn.SimTurnServer;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCIceCandidatePair;
import io.jrtc.webrtc.RTCIceCandidateType;
import io.jrtc.webrtc.RTCIceServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Peer connections behind simulated NATs: port-restricted cones meet through server-reflexive
 * candidates from a STUN server; symmetric NATs only through TURN relays. Reliable messages cross
 * a lossy path in full and in order either way.
 */
class NatTraversalSimulationTest {
    private static final int N = 100;
    private StunBindingServer stun;
    private Nat natA;
    private Nat natB;

    @Test
    void portRestrictedNatsMeetThroughStunOverRandomLoss() {
        SimWorld w = natsWithStun(61);
        transfer(w);
        assertThroughNat(w.a, "203.0.113.2");
        assertThroughNat(w.b, "203.0.113.1");
        assertTrue(stun.answered >= 2, "each peer asked the STUN server");
        assertTrue(w.sim.link(natA, natB).stats().lost() > 0, "the path should have lost packets");
        assertEquals(1, natA.mappings().size(), "one mapping for the socket, to the STUN server and the peer alike (endpoint-independent)");
    }

    /** a and b behind port-restricted cone NATs, a STUN server on the internet, 3% loss between the NATs. */
    private SimWorld natsWithStun(long seed) {
        SimWorld w = new SimWorld(seed);
        w.sim.defaultConditions(LinkConditions.builder().delay(Duration.ofMillis(10)).build());
        stun = new StunBindingServer();
        w.sim.bind(w.sim.host("192.0.2.10"), 3478, stun);
        Host ha = w.sim.host("10.0.0.2");
        Host hb = w.sim.host("10.1.0.2");
        natA = w.sim.nat(NatType.PORT_RESTRICTED, "203.0.113.1", ha);
        natB = w.sim.nat(NatType.PORT_RESTRICTED, "203.0.113.2", hb);
        w.sim.link(natA, natB, LinkConditions.builder().delay(Duration.ofMillis(30)).loss(0.03).build());
        w.peers(ha, RTCConfiguration.builder().iceServer(RTCIceServer.of("stun:192.0.2.10:3478")), hb,
                RTCConfiguration.builder().iceServer(RTCIceServer.of("stun:192.0.2.10:3478")));
        return w;
    }

    @Test
    void iceRestartBehindNatsMidTransferLosesNoMessage() {
        SimWorld w = natsWithStun(63);
        transfer(w);
        RTCDataChannel ch = w.a.pc.createDataChannel("after");
        w.until(() -> ch.readyState() == RTCDataChannelState.OPEN && w.b.remoteChannels.size() == 2,
                Duration.ofSeconds(10), "a second channel open");
        List<String> got = new ArrayList<>();
        w.b.remoteChannels.get(1).onMessage(m -> got.add(m.text()));
        for (int i = 0; i < N; i++) {
            ch.send("r " + i + " " + "x".repeat(800));
        }
        w.until(() -> got.size() >= 10, Duration.ofSeconds(10), "the transfer under way");
        assertTrue(got.size() < N, "the restart must come in the middle of the transfer");
        String before = SimPeer.ufrag(w.a.pc.localDescription().orElseThrow().sdp());
        w.a.pc.restartIce();
        w.negotiate();
        for (int i = N; i < 2 * N; i++) {
            ch.send("r " + i + " y");
        }
        w.until(() -> got.size() == 2 * N, Duration.ofSeconds(60), "every message", () -> "got " + got.size());
        Delivery.exactlyInOrder(Delivery.numbers(got), 2 * N, "across the restart");
        String after = SimPeer.ufrag(w.a.pc.localDescription().orElseThrow().sdp());
        assertTrue(!before.equals(after) && w.b.candidatesReceived.stream().anyMatch(c -> after.equals(
                c.usernameFragment().orElse(null)) && c.type().orElseThrow() == RTCIceCandidateType.SRFLX),
                "the restart gathered a server-reflexive candidate of the new generation");
        assertThroughNat(w.a, "203.0.113.2");
    }

    @Test
    void symmetricNatsMeetOnlyThroughTurnOverBurstyLoss() {
        SimWorld w = new SimWorld(62);
        w.sim.defaultConditions(LinkConditions.builder().delay(Duration.ofMillis(15))
                .burstLoss(GilbertElliott.bursts(0.03, 3)).build());
        SimTurnServer turnA = turn(w, "192.0.2.20");
        SimTurnServer turnB = turn(w, "192.0.2.30");
        Host ha = w.sim.host("10.0.0.2");
        Host hb = w.sim.host("10.1.0.2");
        w.sim.nat(NatType.SYMMETRIC, "203.0.113.1", ha);
        w.sim.nat(NatType.SYMMETRIC, "203.0.113.2", hb);
        w.peers(ha, RTCConfiguration.builder().iceServer(turnServer(turnA)), hb,
                RTCConfiguration.builder().iceServer(turnServer(turnB)));

        transfer(w);
        assertTrue(isRelay(w.a) || isRelay(w.b), "symmetric NATs on both sides leave only relayed pairs");
        assertTrue(turnA.toPeers > 0 && turnB.toPeers > 0, "both relays carried the connection");
        assertTrue(w.sim.dropCount(io.jrtc.testkit.DropReason.LOSS) > 0, "the links should have lost packets");
    }

    /** Connects, opens a channel and sends N reliable ordered messages each way. */
    private static void transfer(SimWorld w) {
        RTCDataChannel ch = w.a.pc.createDataChannel("nat");
        w.negotiate();
        w.connect(Duration.ofSeconds(60));
        w.until(() -> ch.readyState() == RTCDataChannelState.OPEN && w.b.remoteChannels.size() == 1,
                Duration.ofSeconds(30), "the channel open");
        RTCDataChannel far = w.b.remoteChannels.get(0);
        List<String> atB = new ArrayList<>();
        List<String> atA = new ArrayList<>();
        far.onMessage(m -> atB.add(m.text()));
        ch.onMessage(m -> atA.add(m.text()));
        for (int i = 0; i < N; i++) {
            ch.send("a " + i + " " + "x".repeat(i % 10 == 0 ? 4000 : 300));
            far.send("b " + i);
            w.sim.runFor(Duration.ofMillis(10));
        }
        w.until(() -> atB.size() == N && atA.size() == N, Duration.ofSeconds(60), "every message",
                () -> atB.size() + " / " + atA.size());
        Delivery.exactlyInOrder(Delivery.numbers(atB), N, "a>b");
        Delivery.exactlyInOrder(Delivery.numbers(atA), N, "b>a");
    }

    /**
     * The selected pair sends from the host candidate (a server-reflexive local candidate is
     * replaced by its base, RFC 8445 §6.1.2.4) to the peer's NAT mapping, learned from STUN or
     * from the peer's checks (peer-reflexive).
     */
    private static void assertThroughNat(SimPeer p, String peerNat) {
        RTCIceCandidatePair pair = p.pc.iceTransport().getSelectedCandidatePair().orElseThrow();
        assertEquals(RTCIceCandidateType.HOST, pair.local().type().orElseThrow(), () -> p.name + " " + pair.local().candidate());
        RTCIceCandidateType remote = pair.remote().type().orElseThrow();
        assertTrue(remote == RTCIceCandidateType.SRFLX || remote == RTCIceCandidateType.PRFLX,
                () -> p.name + " " + pair.remote().candidate());
        assertEquals(peerNat, pair.remote().address().orElseThrow(), () -> p.name + " " + pair.remote().candidate());
    }

    private static boolean isRelay(SimPeer p) {
        RTCIceCandidatePair pair = p.pc.iceTransport().getSelectedCandidatePair().orElseThrow();
        return pair.local().type().orElseThrow() == RTCIceCandidateType.RELAY;
    }

    private static SimTurnServer turn(SimWorld w, String ip) {
        Host h = w.sim.host(ip);
        SimTurnServer s = new SimTurnServer(h.address(3478), h.address(50000));
        w.sim.bind(h, 3478, s);
        w.sim.bind(h, 50000, s);
        return s;
    }

    private static RTCIceServer turnServer(SimTurnServer s) {
        return RTCIceServer.builder().urls("turn:" + s.control.getAddress().getHostAddress() + ":3478?transport=udp")
                .username(FakeTurnServer.USER).credential(FakeTurnServer.PASSWORD).build();
    }
}
