package io.jrtc.webrtc.pc;

import static io.jrtc.webrtc.pc.Peers.await;
import static io.jrtc.webrtc.pc.Peers.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.webrtc.MediaStreamTrack;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCDtlsTransportState;
import io.jrtc.webrtc.RTCErrorDetailType;
import io.jrtc.webrtc.RTCException;
import io.jrtc.webrtc.RTCIceRole;
import io.jrtc.webrtc.RTCIceTransportState;
import io.jrtc.webrtc.RTCPeerConnectionState;
import io.jrtc.webrtc.RTCSctpTransportState;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import io.jrtc.webrtc.RTCStats;
import io.jrtc.webrtc.RTCStatsReport;
import io.jrtc.webrtc.RTCTrackEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** RTCIceTransport, RTCDtlsTransport, RTCSctpTransport and getStats() on a live connection. */
class TransportsAndStatsTest {

    @Test
    void transportsReportTheirStatesAndStatsCountWhatWasSent() {
        try (Peers p = new Peers()) {
            List<RTCDtlsTransportState> dtlsStates = new CopyOnWriteArrayList<>();
            p.a.pc.dtlsTransport().onStateChange(dtlsStates::add);
            RTCDataChannel ch = p.a.pc.createDataChannel("stats", io.jrtc.webrtc.RTCDataChannelInit.builder()
                    .protocol("p").build());
            MediaStreamTrack audio = MediaStreamTrack.local("audio");
            p.a.pc.addTrack(audio);
            CompletableFuture<RTCTrackEvent> track = new CompletableFuture<>();
            p.b.pc.onTrack(track::complete);
            assertTrue(p.a.pc.sctp().isEmpty(), "no SCTP transport before negotiation");
            p.negotiate();
            until(() -> ch.readyState() == RTCDataChannelState.OPEN, "open");
            RTCDataChannel far = p.b.remoteChannel(0);
            List<String> got = new CopyOnWriteArrayList<>();
            far.onMessage(m -> got.add(m.text()));
            for (int i = 0; i < 5; i++) {
                ch.send("12345");
            }
            until(() -> got.size() == 5, "5 messages");
            List<String> arrived = new CopyOnWriteArrayList<>();
            await(track, "track").track().onRtp(pk -> arrived.add(RawRtpLoopbackTest.payload(pk)));
            RawRtpLoopbackTest.pump(audio, 111, "x", arrived, 3);

            assertEquals(RTCIceRole.CONTROLLING, p.a.pc.iceTransport().role());
            assertEquals(RTCIceRole.CONTROLLED, p.b.pc.iceTransport().role());
            RTCIceTransportState ice = p.a.pc.iceTransport().state();
            assertTrue(ice == RTCIceTransportState.CONNECTED || ice == RTCIceTransportState.COMPLETED, ice::toString);
            assertEquals(RTCDtlsTransportState.CONNECTED, p.a.pc.dtlsTransport().state());
            assertEquals(List.of(RTCDtlsTransportState.CONNECTING, RTCDtlsTransportState.CONNECTED), dtlsStates);
            assertEquals(RTCSctpTransportState.CONNECTED, p.a.pc.sctp().orElseThrow().state());
            assertEquals(262_144.0, p.a.pc.sctp().orElseThrow().maxMessageSize());
            until(() -> p.a.pc.iceTransport().getSelectedCandidatePair().isPresent(), "a selected pair");
            assertTrue(p.a.pc.iceTransport().getSelectedCandidatePair().orElseThrow().local().address()
                    .orElseThrow().startsWith("127."));

            RTCStatsReport a = await(p.a.pc.getStats(), "stats");
            for (String type : List.of("peer-connection", "transport", "candidate-pair", "local-candidate",
                    "remote-candidate", "certificate", "data-channel", "codec", "outbound-rtp")) {
                assertTrue(!a.ofType(type).isEmpty(), () -> "no " + type + " in " + a.toJSON());
            }
            RTCStats dc = a.ofType("data-channel").get(0);
            assertEquals(5L, dc.get("messagesSent"));
            assertEquals(25L, dc.get("bytesSent"));
            assertEquals("p", dc.get("protocol"));
            assertEquals(1L, a.ofType("peer-connection").get(0).get("dataChannelsOpened"));
            RTCStats pair = a.ofType("candidate-pair").get(0);
            assertTrue(a.get((String) pair.get("localCandidateId")).isPresent(), "the pair's local candidate is reported");
            assertEquals(pair.id(), a.ofType("transport").get(0).get("selectedCandidatePairId"));
            assertEquals("connected", a.ofType("transport").get(0).get("dtlsState"));
            assertTrue((Long) a.ofType("outbound-rtp").get(0).get("packetsSent") >= 3);
            assertTrue(a.ofType("codec").stream().anyMatch(c -> "audio/opus".equals(c.get("mimeType"))), a::toJSON);
            assertTrue(dc.toJSON().startsWith("{\"id\":\"" + dc.id() + "\",\"timestamp\":"), dc::toJSON);
            assertTrue(dc.toJSON().contains("\"type\":\"data-channel\""), dc::toJSON);
            assertTrue(a.toJSON().contains("\"" + dc.id() + "\":{\"id\":\"" + dc.id() + "\""), a::toJSON);

            RTCStatsReport b = await(p.b.pc.getStats(), "stats at b");
            RTCStats inbound = b.ofType("inbound-rtp").get(0);
            assertTrue((Long) inbound.get("packetsReceived") >= 3);
            assertEquals(5L, b.ofType("data-channel").get(0).get("messagesReceived"));
        }
    }

    @Test
    void aFingerprintMismatchFailsTheDtlsTransportAndNamesTheCause() {
        try (Peers p = new Peers()) {
            CompletableFuture<RTCException> error = new CompletableFuture<>();
            p.a.pc.dtlsTransport().onError(error::complete);
            CompletableFuture<Void> failed = new CompletableFuture<>();
            p.a.pc.onConnectionStateChange(s -> {
                if (s == RTCPeerConnectionState.FAILED) {
                    failed.complete(null);
                }
            });
            p.a.pc.createDataChannel("x");
            await(p.a.pc.setLocalDescription(), "offer");
            p.b.setRemote(p.a.pc.localDescription().orElseThrow());
            await(p.b.pc.setLocalDescription(), "answer");
            // The answer's fingerprint is changed on the way: a must refuse b's certificate.
            String sdp = p.b.pc.localDescription().orElseThrow().sdp();
            String line = sdp.lines().filter(l -> l.startsWith("a=fingerprint:")).findFirst().orElseThrow();
            char last = line.charAt(line.length() - 1);
            String forged = sdp.replace(line, line.substring(0, line.length() - 1) + (last == '0' ? '1' : '0'));
            p.a.setRemote(RTCSessionDescription.of(RTCSdpType.ANSWER, forged));
            RTCException e = await(error, "the DTLS error event");
            assertEquals(RTCErrorDetailType.FINGERPRINT_FAILURE, e.errorDetail().orElseThrow());
            await(failed, "connectionState failed");
            assertEquals(RTCDtlsTransportState.FAILED, p.a.pc.dtlsTransport().state());
        }
    }
}
