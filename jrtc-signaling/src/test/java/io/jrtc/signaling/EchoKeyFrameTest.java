package io.jrtc.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jrtc.signaling.internal.PayloadTypes;
import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.MediaStreamTrack;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCRtpTransceiver;
import io.jrtc.webrtc.RTCRtpTransceiverDirection;
import io.jrtc.webrtc.RTCRtpTransceiverInit;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A jrtc peer on loopback: a PLI on the echoed track comes back to the track it sends. */
class EchoKeyFrameTest {
    private static final JrtcSettings LOOPBACK = JrtcSettings.builder().loopbackOnly(true).ipv6(false).build();

    @Test
    void aKeyFrameRequestOnTheEchoReachesTheSendingTrack() throws Exception {
        try (EchoEndpoint echo = new EchoEndpoint(RTCConfiguration.defaults(), LOOPBACK);
                SignalingServer server = SignalingServer.builder().route("/offer", echo.handler()).build().start();
                HttpClient http = HttpClient.newHttpClient();
                RTCPeerConnection pc = new RTCPeerConnection(RTCConfiguration.defaults(), LOOPBACK)) {
            MediaStreamTrack camera = MediaStreamTrack.local("video");
            AtomicInteger requests = new AtomicInteger();
            camera.onKeyFrameRequest(requests::incrementAndGet);
            RTCRtpTransceiver t = pc.addTransceiver(camera, RTCRtpTransceiverInit.of(RTCRtpTransceiverDirection.SENDRECV));
            ObjectMapper json = new ObjectMapper();
            ObjectNode offer = json.createObjectNode().put("type", "offer").put("sdp", WhipWhepTest.offer(pc));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/offer"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(offer.toString()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            String answer = json.readTree(r.body()).get("sdp").asText();
            pc.setRemoteDescription(RTCSessionDescription.of(RTCSdpType.ANSWER, answer)).get(10, TimeUnit.SECONDS);
            List<String> echoed = new CopyOnWriteArrayList<>();
            t.receiver().track().onRtp(p -> echoed.add(WhipWhepTest.payload(p)));
            int vp8 = PayloadTypes.of(offer.get("sdp").asText()).payloadType("video", "vp8/90000");
            long deadline = System.nanoTime() + 30_000_000_000L;
            for (int seq = 0; echoed.size() < 3; seq++) {
                assertTrue(System.nanoTime() < deadline, "echoed: " + echoed);
                camera.writeRtp(WhipWhepTest.rtp(vp8, seq, "frame " + seq));
                Thread.sleep(5);
            }
            assertEquals(0, requests.get(), "no request before one is made");
            assertTrue(t.receiver().requestKeyFrame().get(10, TimeUnit.SECONDS));
            while (requests.get() == 0) {
                assertTrue(System.nanoTime() < deadline, "the sending track got no key-frame request");
                Thread.sleep(5);
            }
        }
    }
}
