package io.jrtc.webrtc;

/** W3C {@code RTCRtpReceiver}: its remote track receives what the peer sends on the transceiver. */
public final class RTCRtpReceiver {
    private final MediaStreamTrack track;

    RTCRtpReceiver(MediaStreamTrack track) {
        this.track = track;
    }

    /** The remote track (exists from the start, as in the W3C API). */
    public MediaStreamTrack track() {
        return track;
    }

    @Override
    public String toString() {
        return "RTCRtpReceiver[" + track + "]";
    }
}
