package io.jrtc.webrtc;

import java.util.concurrent.CompletableFuture;

/** W3C {@code RTCRtpReceiver}: its remote track receives what the peer sends on the transceiver. */
public final class RTCRtpReceiver {
    private final PeerContext context;
    private final MediaSet media;
    private final MediaStreamTrack track;

    RTCRtpReceiver(PeerContext context, MediaSet media, MediaStreamTrack track) {
        this.context = context;
        this.media = media;
        this.track = track;
    }

    /** The remote track (exists from the start, as in the W3C API). */
    public MediaStreamTrack track() {
        return track;
    }

    /**
     * Asks the peer for a key frame of what this receiver gets: sends an SRTCP compound packet of
     * an empty receiver report and a Picture Loss Indication (RFC 4585 §6.3.1) naming the remote
     * SSRC. Not in the W3C API (browsers send PLI from their decoder); a forwarding server or an
     * application that decodes needs it after loss or when a new viewer joins. Thread-safe.
     *
     * @return completes with true once the request was sent, false if it could not be: nothing
     *     received yet and no SSRC signalled, the transport not keyed, or the connection closed
     */
    public CompletableFuture<Boolean> requestKeyFrame() {
        CompletableFuture<Boolean> f = new CompletableFuture<>();
        try {
            context.execute(() -> {
                try {
                    context.engineWork(() -> {
                        RTCRtpTransceiver t = media.ofReceiver(this);
                        f.complete(t != null && media.requestKeyFrame(t));
                    });
                } finally {
                    f.complete(false); // no-op if sent; otherwise the connection could not run the work
                }
            });
        } catch (RuntimeException e) {
            f.complete(false);
        }
        return f;
    }

    @Override
    public String toString() {
        return "RTCRtpReceiver[" + track + "]";
    }
}
