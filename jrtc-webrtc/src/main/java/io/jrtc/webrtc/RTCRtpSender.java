package io.jrtc.webrtc;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * W3C {@code RTCRtpSender}: sends its track's RTP packets on the transceiver's m= section, with
 * the transceiver's SSRC, SRTP-protected and BUNDLEd by the engine.
 */
public final class RTCRtpSender {
    private final PeerContext context;
    private final MediaSet media;
    private volatile MediaStreamTrack track;
    private volatile RTCRtpTransceiver transceiver;
    private final Consumer<byte[]> sink = this::write;
    private final Handlers<Void> keyFrameRequest = new Handlers<>("keyframerequest");

    RTCRtpSender(PeerContext context, MediaSet media, MediaStreamTrack track) {
        this.context = context;
        this.media = media;
        setTrack(track);
    }

    void transceiver(RTCRtpTransceiver t) {
        this.transceiver = t;
    }

    /** The track being sent, if any. */
    public Optional<MediaStreamTrack> track() {
        return Optional.ofNullable(track);
    }

    /**
     * W3C {@code replaceTrack}: sends another track (or none) without renegotiating.
     *
     * @return fails with TypeError for a track of another kind, InvalidStateError if the
     *     transceiver is stopped
     */
    public CompletableFuture<Void> replaceTrack(MediaStreamTrack next) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        RTCRtpTransceiver t = transceiver;
        if (next != null && t != null && !next.kind().equals(t.kind())) {
            f.completeExceptionally(new RTCException(RTCErrorName.TYPE_ERROR,
                    "replaceTrack needs a " + t.kind() + " track, not " + next.kind()));
        } else if (t != null && t.isStopping()) {
            f.completeExceptionally(new RTCException(RTCErrorName.INVALID_STATE_ERROR,
                    "the transceiver is stopped; its sender cannot change track"));
        } else {
            setTrack(next);
            f.complete(null);
        }
        return f;
    }

    void setTrack(MediaStreamTrack next) {
        MediaStreamTrack old = track;
        if (old != null) {
            old.detach(sink);
        }
        track = next;
        if (next != null) {
            next.attach(sink);
        }
    }

    /**
     * Called (on the connection's serial context) each time the peer asks this sender for a key
     * frame: an RTCP Picture Loss Indication (RFC 4585 §6.3.1) or Full Intra Request (RFC 5104
     * §4.3.1) naming this sender's SSRC. The application should then send a key frame soon. The
     * attached local track's {@link MediaStreamTrack#onKeyFrameRequest} fires as well. Null removes
     * the handler.
     */
    public void onKeyFrameRequest(Runnable handler) {
        keyFrameRequest.set(handler == null ? null : v -> handler.run());
    }

    void keyFrameRequested() {
        keyFrameRequest.fire(null);
        MediaStreamTrack t = track;
        if (t != null) {
            t.keyFrameRequested();
        }
    }

    private void write(byte[] packet) {
        RTCRtpTransceiver t = transceiver;
        if (t == null) {
            return;
        }
        context.execute(() -> context.engineWork(() -> media.send(t, packet)));
    }

    @Override
    public String toString() {
        return "RTCRtpSender[" + track + "]";
    }
}
