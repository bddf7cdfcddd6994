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
