package io.jrtc.webrtc.pc;

import static io.jrtc.webrtc.pc.Peers.await;
import static io.jrtc.webrtc.pc.Peers.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.webrtc.MediaStream;
import io.jrtc.webrtc.MediaStreamTrack;
import io.jrtc.webrtc.RTCErrorName;
import io.jrtc.webrtc.RTCException;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCRtpTransceiver;
import io.jrtc.webrtc.RTCSessionDescription;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The deprecated stream and callback API, as thin shims over the modern one. */
@SuppressWarnings("deprecation")
class LegacyApiTest {

    /** The callback-style offer/answer of the pre-promise API. */
    private static void callbackNegotiation(Peers.Side offerer, Peers.Side answerer) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        RTCPeerConnection a = offerer.pc;
        RTCPeerConnection b = answerer.pc;
        a.createOffer(offer -> a.setLocalDescription(offer, () -> b.setRemoteDescription(offer,
                () -> b.createAnswer(answer -> b.setLocalDescription(answer, () -> a.setRemoteDescription(answer,
                        () -> done.complete(null), done::completeExceptionally), done::completeExceptionally),
                        done::completeExceptionally), done::completeExceptionally), done::completeExceptionally),
                done::completeExceptionally);
        await(done, "callback negotiation");
    }

    @Test
    void streamsAndCallbacks() {
        try (Peers p = new Peers()) {
            MediaStream local = new MediaStream(MediaStreamTrack.local("audio"), MediaStreamTrack.local("video"));
            List<MediaStream> added = new CopyOnWriteArrayList<>();
            List<MediaStream> removed = new CopyOnWriteArrayList<>();
            p.b.pc.onAddStream(added::add);
            p.b.pc.onRemoveStream(removed::add);
            p.a.pc.addStream(local);
            assertEquals(List.of(local), p.a.pc.getLocalStreams());
            assertEquals(2, p.a.pc.getSenders().size());
            callbackNegotiation(p.a, p.b);
            until(() -> added.size() == 1, "addstream at b");
            MediaStream remote = added.get(0);
            assertEquals(local.id(), remote.id());
            until(() -> remote.getTracks().size() == 2, "both tracks in the remote stream");
            assertEquals(1, remote.getAudioTracks().size());
            assertEquals(List.of(remote), p.b.pc.getRemoteStreams());
            assertEquals(remote, p.b.pc.getStreamById(local.id()).orElseThrow());
            assertEquals(local, p.a.pc.getStreamById(local.id()).orElseThrow());

            p.a.pc.removeStream(local);
            assertTrue(p.a.pc.getLocalStreams().isEmpty());
            assertTrue(p.a.pc.getSenders().stream().allMatch(s -> s.track().isEmpty()));
            p.a.pc.getTransceivers().forEach(RTCRtpTransceiver::stop);
            callbackNegotiation(p.a, p.b);
            until(() -> removed.size() == 1, "removestream at b once its tracks ended");
            assertTrue(p.b.pc.getRemoteStreams().isEmpty());

            CompletableFuture<RTCException> failure = new CompletableFuture<>();
            p.b.pc.createAnswer(answer -> failure.completeExceptionally(new AssertionError("answered in stable")),
                    failure::complete);
            assertEquals(RTCErrorName.INVALID_STATE_ERROR, await(failure, "the failure callback").name());
            CompletableFuture<RTCException> bad = new CompletableFuture<>();
            p.b.pc.setRemoteDescription(RTCSessionDescription.of(io.jrtc.webrtc.RTCSdpType.ANSWER, "v=0\r\n"),
                    () -> bad.completeExceptionally(new AssertionError("applied")), bad::complete);
            assertTrue(await(bad, "refused answer") instanceof RTCException);
        }
    }
}
