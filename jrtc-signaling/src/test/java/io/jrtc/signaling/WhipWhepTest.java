package io.jrtc.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.signaling.internal.PayloadTypes;
import io.jrtc.signaling.internal.SdpFrag;
import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.MediaStreamTrack;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCIceGatheringState;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCRtpTransceiverDirection;
import io.jrtc.webrtc.RTCRtpTransceiverInit;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WHIP/WHEP session lifecycle and RTP forwarding, with jrtc peers on both ends (127.0.0.1). */
class WhipWhepTest {
    private static final JrtcSettings LOOPBACK = JrtcSettings.builder().loopbackOnly(true).build();
    private final HttpClient http = HttpClient.newHttpClient();
    private WhipWhep endpoints;
    private SignalingServer server;

    @BeforeEach
    void start() throws Exception {
        endpoints = new WhipWhep(RTCConfiguration.defaults(), LOOPBACK, 16);
        server = SignalingServer.builder().route("/whip/*", endpoints.whipHandler()).route("/whep/*", endpoints.whepHandler())
                .build().start();
    }

    @AfterEach
    void stop() {
        server.close();
        endpoints.close();
        http.close();
    }

    private HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (type != null) {
            b.header("Content-Type", type);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The offer with every candidate inline. */
    static String offer(RTCPeerConnection pc) throws Exception {
        CompletableFuture<Void> gathered = new CompletableFuture<>();
        pc.onIceGatheringStateChange(s -> {
            if (s == RTCIceGatheringState.COMPLETE) {
                gathered.complete(null);
            }
        });
        pc.setLocalDescription().get(10, TimeUnit.SECONDS);
        if (pc.iceGatheringState() != RTCIceGatheringState.COMPLETE) {
            gathered.get(10, TimeUnit.SECONDS);
        }
        return pc.localDescription().orElseThrow().sdp();
    }

    static byte[] rtp(int pt, int seq, String payload) {
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        byte[] p = new byte[12 + body.length];
        p[0] = (byte) 0x80;
        p[1] = (byte) pt;
        p[2] = (byte) (seq >> 8);
        p[3] = (byte) seq;
        p[7] = (byte) seq;
        p[11] = 0x42;
        System.arraycopy(body, 0, p, 12, body.length);
        return p;
    }

    /** The payload after the fixed header, CSRCs and header extension (RFC 3550 section 5.3.1). */
    static String payload(byte[] p) {
        int offset = 12 + 4 * (p[0] & 0x0f);
        if ((p[0] & 0x10) != 0) {
            offset += 4 + 4 * (((p[offset + 2] & 0xff) << 8) | (p[offset + 3] & 0xff));
        }
        return new String(p, offset, p.length - offset, StandardCharsets.UTF_8);
    }

    @Test
    void aPublishedStreamReachesTwoViewersWithTheirOwnPayloadTypes() throws Exception {
        try (RTCPeerConnection pub = new RTCPeerConnection(RTCConfiguration.defaults(), LOOPBACK);
                RTCPeerConnection v1 = new RTCPeerConnection(RTCConfiguration.defaults(), LOOPBACK);
                RTCPeerConnection v2 = new RTCPeerConnection(RTCConfiguration.defaults(), LOOPBACK)) {
            List<String> got1 = new CopyOnWriteArrayList<>();
            List<String> got2 = new CopyOnWriteArrayList<>();
            List<Integer> pts1 = new CopyOnWriteArrayList<>();
            for (RTCPeerConnection v : List.of(v1, v2)) {
                v.addTransceiver("video", RTCRtpTransceiverInit.of(RTCRtpTransceiverDirection.RECVONLY));
                String offer = offer(v);
                HttpResponse<String> r = send("POST", "/whep/cam", "application/sdp", offer);
                assertEquals(201, r.statusCode(), r.body());
                assertTrue(r.headers().firstValue("Location").orElseThrow().startsWith("/whep/cam/"));
                v.setRemoteDescription(RTCSessionDescription.of(RTCSdpType.ANSWER, r.body())).get(10, TimeUnit.SECONDS);
                List<String> sink = v == v1 ? got1 : got2;
                v.getTransceivers().get(0).receiver().track().onRtp(p -> {
                    sink.add(payload(p));
                    if (v == v1) {
                        pts1.add(p[1] & 0x7f);
                    }
                });
            }
            assertEquals(2, endpoints.viewerCount("cam"));

            MediaStreamTrack camera = MediaStreamTrack.local("video");
            pub.addTransceiver(camera, RTCRtpTransceiverInit.of(RTCRtpTransceiverDirection.SENDONLY));
            String pubOffer = offer(pub);
            HttpResponse<String> r = send("POST", "/whip/cam", "application/sdp", pubOffer);
            assertEquals(201, r.statusCode(), r.body());
            String location = r.headers().firstValue("Location").orElseThrow();
            pub.setRemoteDescription(RTCSessionDescription.of(RTCSdpType.ANSWER, r.body())).get(10, TimeUnit.SECONDS);
            assertEquals(409, send("POST", "/whip/cam", "application/sdp", pubOffer).statusCode(), "one publisher per stream");

            int vp8 = PayloadTypes.of(pubOffer).payloadType("video", "vp8/90000");
            assertTrue(vp8 > 0, "jrtc offers VP8");
            long deadline = System.nanoTime() + 30_000_000_000L;
            for (int seq = 0; got1.size() < 5 || got2.size() < 5; seq++) {
                assertTrue(System.nanoTime() < deadline, "forwarded: " + got1 + " / " + got2);
                camera.writeRtp(rtp(vp8, seq, "frame " + seq));
                Thread.sleep(5);
            }
            assertTrue(got1.get(0).startsWith("frame "), got1.get(0));
            int viewerVp8 = PayloadTypes.of(v1.localDescription().orElseThrow().sdp()).payloadType("video", "vp8/90000");
            assertEquals(viewerVp8, pts1.get(0));

            assertEquals(200, send("DELETE", location, null, null).statusCode());
            assertEquals(404, send("DELETE", location, null, null).statusCode(), "a session ends once");
            assertEquals(2, endpoints.viewerCount("cam"), "viewers stay for the next publisher");
        }
    }

    @Test
    void aViewersKeyFrameRequestReachesThePublisher() throws Exception {
        try (RTCPeerConnection pub = new RTCPeerConnection(RTCConfiguration.defaults(), LOOPBACK);
                RTCPeerConnection viewer = new RTCPeerConnection(RTCConfiguration.defaults(), LOOPBACK)) {
            viewer.addTransceiver("video", RTCRtpTransceiverInit.of(RTCRtpTransceiverDirection.RECVONLY));
            HttpResponse<String> r = send("POST", "/whep/kf", "application/sdp", offer(viewer));
            assertEquals(201, r.statusCode(), r.body());
            viewer.setRemoteDescription(RTCSessionDescription.of(RTCSdpType.ANSWER, r.body())).get(10, TimeUnit.SECONDS);
            List<String> got = new CopyOnWriteArrayList<>();
            viewer.getTransceivers().get(0).receiver().track().onRtp(p -> got.add(payload(p)));

            MediaStreamTrack camera = MediaStreamTrack.local("video");
            java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
            camera.onKeyFrameRequest(requests::incrementAndGet);
            pub.addTransceiver(camera, RTCRtpTransceiverInit.of(RTCRtpTransceiverDirection.SENDONLY));
            String pubOffer = offer(pub);
            r = send("POST", "/whip/kf", "application/sdp", pubOffer);
            assertEquals(201, r.statusCode(), r.body());
            pub.setRemoteDescription(RTCSessionDescription.of(RTCSdpType.ANSWER, r.body())).get(10, TimeUnit.SECONDS);
            int vp8 = PayloadTypes.of(pubOffer).payloadType("video", "vp8/90000");
            long deadline = System.nanoTime() + 30_000_000_000L;
            for (int seq = 0; got.size() < 3; seq++) {
                assertTrue(System.nanoTime() < deadline, "forwarded: " + got);
                camera.writeRtp(rtp(vp8, seq, "frame " + seq));
                Thread.sleep(5);
            }
            assertEquals(0, requests.get(), "no request before the viewer asks");
            assertTrue(viewer.getTransceivers().get(0).receiver().requestKeyFrame().get(10, TimeUnit.SECONDS));
            while (requests.get() == 0) {
                assertTrue(System.nanoTime() < deadline, "the publisher got no key-frame request");
                Thread.sleep(5);
            }
        }
    }

    @Test
    void trickleIceRestartAndDeleteOnADataOnlySession() throws Exception {
        try (RTCPeerConnection pc = new RTCPeerConnection(RTCConfiguration.defaults(), LOOPBACK)) {
            pc.createDataChannel("whip");
            String offer = offer(pc);
            HttpResponse<String> created = send("POST", "/whip", "application/sdp", offer);
            assertEquals(201, created.statusCode(), created.body());
            assertEquals("application/sdp", created.headers().firstValue("Content-Type").orElseThrow());
            String location = created.headers().firstValue("Location").orElseThrow();
            assertTrue(location.startsWith("/whip/live/"), location);
            assertTrue(created.body().contains("a=candidate:"), "the answer carries its candidates");
            pc.setRemoteDescription(RTCSessionDescription.of(RTCSdpType.ANSWER, created.body())).get(10, TimeUnit.SECONDS);

            SdpFrag ours = SdpFrag.parse(offer);
            String trickle = "a=ice-ufrag:" + ours.ufrag() + "\r\na=ice-pwd:" + ours.pwd() + "\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\n"
                    + "a=mid:0\r\na=candidate:9 1 udp 2130706431 127.0.0.1 9 typ host\r\na=end-of-candidates\r\n";
            HttpResponse<String> trickled = send("PATCH", location, "application/trickle-ice-sdpfrag", trickle);
            assertEquals(204, trickled.statusCode(), trickled.body());

            String restart = "a=ice-ufrag:R3st\r\na=ice-pwd:restartrestartrestartpw\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\na=mid:0\r\n";
            HttpResponse<String> restarted = send("PATCH", location, "application/trickle-ice-sdpfrag", restart);
            assertEquals(200, restarted.statusCode(), restarted.body());
            SdpFrag theirs = SdpFrag.parse(restarted.body());
            String firstUfrag = SdpFrag.parse(created.body()).ufrag();
            assertTrue(theirs.ufrag() != null && theirs.pwd() != null, restarted.body());
            assertNotEquals(firstUfrag, theirs.ufrag(), "an ICE restart gets new server credentials");
            assertFalse(theirs.candidates().isEmpty(), restarted.body());

            assertEquals(415, send("PATCH", location, "application/sdp", restart).statusCode());
            assertEquals(405, send("GET", location, null, null).statusCode());
            assertEquals(200, send("DELETE", location, null, null).statusCode());
            assertEquals(404, send("PATCH", location, "application/trickle-ice-sdpfrag", trickle).statusCode());
            assertEquals(0, endpoints.sessionCount());
        }
    }

    @Test
    void badRequestsGetClearErrors() throws Exception {
        HttpResponse<String> wrongType = send("POST", "/whip", "application/json", "{}");
        assertEquals(415, wrongType.statusCode());
        assertTrue(wrongType.body().contains("application/sdp"), wrongType.body());
        assertEquals(400, send("POST", "/whep", "application/sdp", "hello").statusCode());
        HttpResponse<String> badSdp = send("POST", "/whep/x", "application/sdp", "v=0\r\nnonsense\r\n");
        assertEquals(400, badSdp.statusCode(), badSdp.body());
        assertTrue(badSdp.body().contains("\"error\""), badSdp.body());
        assertEquals(413, send("POST", "/whip", "application/sdp", "v=0\r\n" + "a=x\r\n".repeat(60_000)).statusCode());
        assertEquals(404, send("DELETE", "/whip/live/doesnotexist", null, null).statusCode());
        assertEquals(404, send("POST", "/whip/a/b/c", "application/sdp", "v=0").statusCode());
        assertEquals(405, send("GET", "/whep", null, null).statusCode());
        HttpResponse<String> preflight = send("OPTIONS", "/whip", null, null);
        assertEquals(204, preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertEquals(0, endpoints.sessionCount());
    }
}
