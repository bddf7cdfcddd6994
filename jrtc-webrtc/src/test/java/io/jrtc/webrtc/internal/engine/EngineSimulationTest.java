package io.jrtc.webrtc.internal.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.dtls.DtlsState;
import io.jrtc.sctp.datachannel.DataChannel;
import io.jrtc.sctp.datachannel.DataChannelInit;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.testkit.NatType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two engines in simulation: ICE, DTLS, SCTP and SRTP composed end to end. */
class EngineSimulationTest {

    @Test
    void connectsOpensAChannelAndCarriesMessagesBothWays() {
        EngineWorld w = new EngineWorld(1).start();
        DataChannel ch = w.a.engine.createDataChannel(w.sim.now(), "chat", DataChannelInit.DEFAULT);
        assertTrue(w.run(() -> w.connected() && w.a.opened(ch) && !w.b.remoteChannels.isEmpty(), Duration.ofSeconds(30)),
                () -> w.a + " / " + w.b + "\n" + w.a.engine.stats() + "\n" + w.b.engine.stats());
        assertEquals(DtlsState.CONNECTED, w.a.engine.dtlsState());
        assertEquals(List.of(TransportState.CONNECTING, TransportState.CONNECTED), w.a.states());
        assertEquals(List.of(TransportState.CONNECTING, TransportState.CONNECTED), w.b.states());
        DataChannel remote = w.b.remoteChannels.get(0);
        assertEquals("chat", remote.label());
        ch.send("hello from a");
        remote.send("hello from b");
        remote.send(new byte[] {1, 2, 3});
        assertTrue(w.run(() -> w.b.texts.size() == 1 && w.a.texts.size() == 1 && w.a.binaries.size() == 1,
                Duration.ofSeconds(10)));
        assertEquals("hello from a", w.b.texts.get(0));
        assertEquals("hello from b", w.a.texts.get(0));
        assertArrayEquals(new byte[] {1, 2, 3}, w.a.binaries.get(0));
        assertTrue(w.a.engine.mediaReady() && w.b.engine.mediaReady());
    }

    @Test
    void dataSentAfterAQuietSpellIsNotRetransmittedAtOnce() {
        EngineWorld w = new EngineWorld(12).start();
        DataChannel ch = w.a.engine.createDataChannel(w.sim.now(), "quiet", DataChannelInit.DEFAULT);
        assertTrue(w.run(() -> w.a.opened(ch) && !w.b.remoteChannels.isEmpty(), Duration.ofSeconds(30)));
        w.run(() -> false, Duration.ofSeconds(20)); // below the 30 s heartbeat: SCTP hears nothing
        long t3Before = w.a.engine.stats().sctp().t3Expirations();
        w.a.engine.advance(w.sim.now()); // what the runtime does around application work
        ch.send("after the quiet");
        assertTrue(w.run(() -> w.b.texts.contains("after the quiet"), Duration.ofSeconds(5)));
        w.run(() -> false, Duration.ofSeconds(2));
        assertEquals(t3Before, w.a.engine.stats().sctp().t3Expirations(), () -> w.a.engine.stats().toString());
        assertEquals(0, w.a.engine.stats().sctp().retransmissions(), () -> w.a.engine.stats().toString());
    }

    @Test
    void lossyLinkBehindANatStillDeliversEveryMessageInOrder() {
        LinkConditions lossy = LinkConditions.builder().delay(Duration.ofMillis(30)).jitter(Duration.ofMillis(5))
                .loss(0.05).build();
        EngineWorld w = new EngineWorld(7, lossy, NatType.PORT_RESTRICTED).start();
        DataChannel ch = w.a.engine.createDataChannel(w.sim.now(), "bulk", DataChannelInit.DEFAULT);
        assertTrue(w.run(() -> w.a.opened(ch) && !w.b.remoteChannels.isEmpty(), Duration.ofSeconds(60)),
                () -> w.a.events + "\n" + w.b.events);
        for (int i = 0; i < 200; i++) {
            ch.send("m" + i + " " + "x".repeat(1000));
        }
        assertTrue(w.run(() -> w.b.texts.size() == 200, Duration.ofSeconds(120)), () -> "got " + w.b.texts.size());
        for (int i = 0; i < 200; i++) {
            assertEquals("m" + i + " " + "x".repeat(1000), w.b.texts.get(i));
        }
        assertTrue(w.sim.link(w.nat, w.hostB).stats().lost() + w.sim.link(w.hostB, w.nat).stats().lost() > 0, "the link should have lost packets");
        assertEquals(1, w.nat.mappings().size());
    }

    @Test
    void iceRestartMidTransferLosesNoMessage() {
        EngineWorld w = new EngineWorld(13).start();
        DataChannel ch = w.a.engine.createDataChannel(w.sim.now(), "restart", DataChannelInit.DEFAULT);
        assertTrue(w.run(() -> w.a.opened(ch) && !w.b.remoteChannels.isEmpty(), Duration.ofSeconds(30)));
        for (int i = 0; i < 100; i++) {
            ch.send("before " + i);
        }
        w.run(() -> w.b.texts.size() >= 20, Duration.ofSeconds(5));
        String oldUfrag = w.a.engine.localCredentials().ufrag();
        long now = w.sim.now();
        var aFresh = w.a.engine.restartIce(now); // the offer with new credentials
        var bFresh = w.b.engine.restartIce(now); // the answerer restarts too (RFC 8839 §4.4.1.1.1)...
        w.b.engine.setRemote(now, RemoteParameters.of(aFresh, List.of(EngineWorld.CERT_A.fingerprint()), io.jrtc.dtls.DtlsRole.CLIENT));
        w.a.engine.setRemote(now, RemoteParameters.of(bFresh, List.of(EngineWorld.CERT_B.fingerprint()), io.jrtc.dtls.DtlsRole.SERVER)); // ...and answers
        w.a.drain();
        w.b.drain();
        for (int i = 0; i < 100; i++) {
            ch.send("after " + i);
        }
        assertTrue(w.run(() -> w.b.texts.size() == 200, Duration.ofSeconds(30)), () -> "got " + w.b.texts.size());
        for (int i = 0; i < 100; i++) {
            assertEquals("before " + i, w.b.texts.get(i));
            assertEquals("after " + i, w.b.texts.get(100 + i));
        }
        assertTrue(!oldUfrag.equals(w.a.engine.localCredentials().ufrag()));
        assertTrue(w.run(w::connected, Duration.ofSeconds(10)), () -> w.a.events.toString());
        long newCandidates = w.a.events.stream().filter(EngineEvent.LocalCandidate.class::isInstance)
                .filter(e -> ((EngineEvent.LocalCandidate) e).candidate().ufrag().map(aFresh.ufrag()::equals).orElse(false))
                .count();
        assertTrue(newCandidates > 0, () -> w.a.events.toString());
    }

    @Test
    void fingerprintMismatchFailsWithThatCause() {
        DtlsCertificate stranger = DtlsCertificate.generate();
        EngineWorld w = new EngineWorld(3).start(stranger.fingerprint(), EngineWorld.CERT_A.fingerprint());
        assertTrue(w.run(() -> w.a.failure() != null && w.b.failure() != null, Duration.ofSeconds(30)),
                () -> w.a.events + "\n" + w.b.events);
        assertEquals(FailureCause.FINGERPRINT_MISMATCH, w.a.failure().cause(), w.a.failure().detail());
        assertEquals(FailureCause.DTLS_ALERT, w.b.failure().cause(), w.b.failure().detail());
        assertEquals(TransportState.FAILED, w.a.engine.state());
        assertEquals(TransportState.FAILED, w.b.engine.state());
        assertTrue(!w.a.engine.mediaReady() && !w.b.engine.mediaReady());
    }

    @Test
    void iceFailureNamesIce() {
        EngineWorld w = new EngineWorld(4, LinkConditions.builder().delay(Duration.ofMillis(20)).loss(1.0).build(), null)
                .start();
        assertTrue(w.run(() -> w.a.failure() != null, Duration.ofMinutes(2)), () -> w.a.events.toString());
        assertEquals(FailureCause.ICE_FAILED, w.a.failure().cause());
        assertEquals(TransportState.FAILED, w.a.engine.state());
    }

    @Test
    void aCutLinkGoesDisconnectedThenFailsOnConsent() {
        EngineWorld w = new EngineWorld(9).start();
        assertTrue(w.run(w::connected, Duration.ofSeconds(30)));
        w.run(() -> false, Duration.ofSeconds(5)); // nomination done, consent running
        w.sim.link(w.hostA, w.hostB).setConditions(LinkConditions.builder().loss(1.0).build());
        w.sim.link(w.hostB, w.hostA).setConditions(LinkConditions.builder().loss(1.0).build());
        assertTrue(w.run(() -> w.a.failure() != null, Duration.ofMinutes(2)), () -> w.a.events.toString());
        assertEquals(List.of(TransportState.CONNECTING, TransportState.CONNECTED, TransportState.DISCONNECTED,
                TransportState.FAILED), w.a.states(), () -> w.a.events.toString() + " at " + w.sim.now());
        assertEquals(FailureCause.ICE_FAILED, w.a.failure().cause());
        assertEquals(DtlsState.CONNECTED, w.a.engine.dtlsState());
    }

    @Test
    void srtpProtectedRtpFlowsBothWays() {
        EngineWorld w = new EngineWorld(5).start();
        assertTrue(w.run(() -> w.a.engine.mediaReady() && w.b.engine.mediaReady() && w.connected(), Duration.ofSeconds(30)));
        for (int i = 0; i < 10; i++) {
            assertTrue(w.a.engine.sendRtp(w.sim.now(), RtpPackets.rtp(0x11111111, i, "from a " + i)));
            assertTrue(w.b.engine.sendRtp(w.sim.now(), RtpPackets.rtp(0x22222222, i, "from b " + i)));
        }
        assertTrue(w.run(() -> w.a.rtp.size() == 10 && w.b.rtp.size() == 10, Duration.ofSeconds(5)));
        assertEquals(0x22222222L, w.a.rtp.get(0).ssrc());
        assertEquals(0x11111111L, w.b.rtp.get(0).ssrc());
        assertArrayEquals(RtpPackets.rtp(0x11111111, 3, "from a 3"), w.b.rtp.get(3).packet());
        assertEquals(10, w.a.engine.stats().rtpSent());
        assertEquals(10, w.b.engine.stats().rtpReceived());
    }

    @Test
    void closeFromOneSideReachesTheOther() {
        EngineWorld w = new EngineWorld(6).start();
        DataChannel ch = w.a.engine.createDataChannel(w.sim.now(), "x", DataChannelInit.DEFAULT);
        assertTrue(w.run(() -> w.a.opened(ch) && !w.b.remoteChannels.isEmpty(), Duration.ofSeconds(30)));
        w.b.engine.close(w.sim.now());
        w.b.drain();
        assertEquals(TransportState.CLOSED, w.b.engine.state());
        assertTrue(w.run(() -> w.a.events.stream().anyMatch(EngineEvent.PeerClosed.class::isInstance),
                Duration.ofSeconds(5)), () -> w.a.events.toString());
        assertEquals(io.jrtc.sctp.datachannel.DataChannelState.CLOSED, ch.readyState());
        assertNull(w.b.failure());
        assertNotNull(w.a.events.stream().filter(EngineEvent.DtlsStateChanged.class::isInstance)
                .filter(e -> ((EngineEvent.DtlsStateChanged) e).state() == DtlsState.CLOSED).findFirst().orElse(null));
    }

    @Test
    void aClientHelloThatOvertakesTheAnswerIsKeptNotRetransmitted() {
        EngineWorld w = new EngineWorld(8);
        long now = w.sim.now();
        w.a.engine.start(now);
        w.b.engine.start(now);
        w.b.engine.setRemote(now, RemoteParameters.of(w.a.engine.localCredentials(),
                List.of(EngineWorld.CERT_A.fingerprint()), io.jrtc.dtls.DtlsRole.CLIENT));
        w.a.drain();
        w.b.drain();
        assertTrue(w.run(() -> w.b.engine.dtlsState() == DtlsState.CONNECTING && w.b.engine.stats().dtls().datagramsSent() > 0,
                Duration.ofSeconds(5)), () -> w.b.events.toString());
        w.run(() -> false, Duration.ofMillis(100)); // the ClientHello reaches a, which has no remote description yet
        w.a.engine.setRemote(w.sim.now(), RemoteParameters.of(w.b.engine.localCredentials(),
                List.of(EngineWorld.CERT_B.fingerprint()), io.jrtc.dtls.DtlsRole.SERVER));
        w.a.drain();
        assertTrue(w.run(w::connected, Duration.ofSeconds(10)), () -> w.a.events + "\n" + w.b.events);
        assertEquals(0, w.b.engine.stats().dtls().retransmitTimeouts(), () -> w.b.engine.stats().toString());
        assertEquals(0, w.a.engine.stats().dtls().retransmitTimeouts(), () -> w.a.engine.stats().toString());
    }
}
