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
        return send(method, path, type, body, null);
    }

    private HttpResponse<String> send(String method, String path, String type, String body, String ifMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
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

    private static final String TRICKLE = "application/trickle-ice-sdpfrag";

    /** RFC 9725 sections 4.3.1-4.3.3: ETag per ICE session, If-Match on PATCH, 204 trickle, 200 restart. */
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
            String etag = created.headers().firstValue("ETag").orElseThrow();
            assertTrue(etag.matches("\"[0-9a-f]+\""), "a strong, quoted entity-tag: " + etag);
            pc.setRemoteDescription(RTCSessionDescription.of(RTCSdpType.ANSWER, created.body())).get(10, TimeUnit.SECONDS);

            SdpFrag ours = SdpFrag.parse(offer);
            String trickle = "a=ice-ufrag:" + ours.ufrag() + "\r\na=ice-pwd:" + ours.pwd() + "\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\n"
                    + "a=mid:0\r\na=candidate:9 1 udp 2130706431 127.0.0.1 9 typ host\r\na=end-of-candidates\r\n";
            HttpResponse<String> noPrecondition = send("PATCH", location, TRICKLE, trickle);
            assertEquals(428, noPrecondition.statusCode(), "a PATCH without If-Match: " + noPrecondition.body());
            assertEquals(412, send("PATCH", location, TRICKLE, trickle, "\"not-the-etag\"").statusCode());
            assertEquals(412, send("PATCH", location, TRICKLE, trickle, "W/" + etag).statusCode(), "a weak tag never matches strongly");
            HttpResponse<String> trickled = send("PATCH", location, TRICKLE, trickle, etag);
            assertEquals(204, trickled.statusCode(), trickled.body());
            assertEquals("", trickled.body());
            assertTrue(trickled.headers().firstValue("ETag").isEmpty(), "a trickle answer carries no ETag");
            assertEquals(204, send("PATCH", location, TRICKLE, trickle, "\"other\", " + etag).statusCode(), "one tag of a list matches");
            HttpResponse<String> twoLines = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + location))
                    .header("Content-Type", TRICKLE).header("If-Match", "\"other\"").header("If-Match", etag)
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(trickle)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(204, twoLines.statusCode(), "the list may span field lines: " + twoLines.body());

            String restart = "a=ice-ufrag:R3st\r\na=ice-pwd:restartrestartrestartpw\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\na=mid:0\r\n"
                    + "a=candidate:7 1 udp 2130706431 127.0.0.1 7 typ host\r\n";
            HttpResponse<String> restarted = send("PATCH", location, TRICKLE, restart, "*");
            assertEquals(200, restarted.statusCode(), restarted.body());
            assertEquals(TRICKLE, restarted.headers().firstValue("Content-Type").orElseThrow());
            String newEtag = restarted.headers().firstValue("ETag").orElseThrow();
            assertNotEquals(etag, newEtag, "a new ICE session gets a new entity-tag");
            SdpFrag theirs = SdpFrag.parse(restarted.body());
            String firstUfrag = SdpFrag.parse(created.body()).ufrag();
            assertTrue(theirs.ufrag() != null && theirs.pwd() != null, restarted.body());
            assertNotEquals(firstUfrag, theirs.ufrag(), "an ICE restart gets new server credentials");
            assertFalse(theirs.candidates().isEmpty(), restarted.body());

            String lateTrickle = trickle.replace("a=candidate:9 1", "a=candidate:8 1");
            HttpResponse<String> stale = send("PATCH", location, TRICKLE, lateTrickle, etag);
            assertEquals(412, stale.statusCode(), "trickle for the replaced ICE session: " + stale.body());
            String newTrickle = "a=ice-ufrag:R3st\r\na=ice-pwd:restartrestartrestartpw\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\n"
                    + "a=mid:0\r\na=candidate:6 1 udp 2130706431 127.0.0.1 6 typ host\r\n";
            assertEquals(204, send("PATCH", location, TRICKLE, newTrickle, newEtag).statusCode());

            HttpResponse<String> wrongType = send("PATCH", location, "application/sdp", restart, "*");
            assertEquals(415, wrongType.statusCode());
            assertEquals(TRICKLE, wrongType.headers().firstValue("Accept-Patch").orElseThrow());
            assertEquals(400, send("PATCH", location, TRICKLE, "this is not\r\nan sdp fragment\r\n", newEtag).statusCode());
            assertEquals(400, send("PATCH", location, TRICKLE, "a=ice-ufrag:N3w\r\n", "*").statusCode(), "a restart without a password");
            HttpResponse<String> get = send("GET", location, null, null);
            assertEquals(204, get.statusCode(), "RFC 9725 section 4.1: GET gets 2xx without content");
            assertEquals("", get.body());
            HttpResponse<String> put = send("PUT", location, TRICKLE, newTrickle, newEtag);
            assertEquals(405, put.statusCode());
            assertTrue(put.headers().firstValue("Allow").orElseThrow().contains("PATCH"), put.headers().toString());
            assertEquals(1, endpoints.sessionCount(), "refused PATCHes leave the session alone");
            assertEquals(200, send("DELETE", location, null, null, "\"ignored\"").statusCode(), "DELETE ignores If-Match");
            assertEquals(404, send("PATCH", location, TRICKLE, trickle, "*").statusCode());
            assertEquals(0, endpoints.sessionCount());
        }
    }

    /** RFC 9725 section 4.4: what WHIP/WHEP cannot serve whole is refused with 422, and nothing is left behind. */
    @Test
    void offersThatCannotBeServedWholeGet422() throws Exception {
        try (RTCPeerConnection receiving = new RTCPeerConnection(RTCConfiguration.defaults(), LOOPBACK);
                RTCPeerConnection twoVideos = new RTCPeerConnection(RTCConfiguration.defaults(), LOOPBACK);
                RTCPeerConnection sending = new RTCPeerConnection(RTCConfiguration.defaults(), LOOPBACK)) {
            receiving.addTransceiver("video", RTCRtpTransceiverInit.of(RTCRtpTransceiverDirection.RECVONLY));
            HttpResponse<String> r = send("POST", "/whip/s", "application/sdp", offer(receiving));
            assertEquals(422, r.statusCode(), "a WHIP publisher offering to receive: " + r.body());
            assertTrue(r.body().contains("recvonly"), r.body());

            twoVideos.addTransceiver("video", RTCRtpTransceiverInit.of(RTCRtpTransceiverDirection.RECVONLY));
            twoVideos.addTransceiver("video", RTCRtpTransceiverInit.of(RTCRtpTransceiverDirection.RECVONLY));
            r = send("POST", "/whep/s", "application/sdp", offer(twoVideos));
            assertEquals(422, r.statusCode(), "two video tracks: " + r.body());

            sending.addTransceiver(MediaStreamTrack.local("audio"), RTCRtpTransceiverInit.of(RTCRtpTransceiverDirection.SENDONLY));
            r = send("POST", "/whep/s", "application/sdp", offer(sending));
            assertEquals(422, r.statusCode(), "a WHEP viewer offering to send only: " + r.body());
            assertEquals(0, endpoints.sessionCount());
            assertEquals(0, endpoints.viewerCount("s"));
        }
    }

    /**
     * Refusals that come before the body is read (415, 405, 428, 404) reach the client every time,
     * and its next request on the same connection is served: the server reads and drops the body
     * instead of closing with it unread (which resets the connection under the reply). Bounded.
     */
    @Test
    void refusalsBeforeTheBodyIsReadReachTheClient() throws Exception {
        String body = "a=x\r\n".repeat(2000);
        String[][] cases = {
            {"POST", "/whip", "application/json", "415"},
            {"PUT", "/whep", "application/sdp", "405"},
            {"PATCH", "/whip/live/000000000000000000000000", TRICKLE, "404"},
            {"POST", "/whip/a/b/c", "application/sdp", "404"},
        };
        List<String> wrong = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 150; i++) {
            for (String[] c : cases) {
                try {
                    HttpResponse<String> r = send(c[0], c[1], c[2], body);
                    if (r.statusCode() != Integer.parseInt(c[3]) || !r.body().contains("\"error\"")) {
                        wrong.add(c[0] + " " + c[1] + " -> " + r.statusCode());
                    }
                } catch (java.io.IOException e) {
                    wrong.add(c[0] + " " + c[1] + " -> " + e);
                }
            }
        }
        assertEquals(List.of(), wrong.size() > 5 ? wrong.subList(0, 5) : wrong, wrong.size() + " of 600 refusals lost");
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
        assertEquals(204, send("GET", "/whep", null, null).statusCode());
        HttpResponse<String> put = send("PUT", "/whep", "application/sdp", "v=0");
        assertEquals(405, put.statusCode());
        assertEquals("GET, POST, OPTIONS", put.headers().firstValue("Allow").orElseThrow());
        HttpResponse<String> preflight = send("OPTIONS", "/whip", null, null);
        assertEquals(200, preflight.statusCode());
        assertEquals("application/sdp", preflight.headers().firstValue("Accept-Post").orElseThrow());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertEquals(0, endpoints.sessionCount());
    }
}
