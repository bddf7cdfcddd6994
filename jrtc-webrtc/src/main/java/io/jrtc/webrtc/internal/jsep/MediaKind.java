package io.jrtc.webrtc.internal.jsep;

/** The kind of an RTP transceiver, as its m= line names it (RFC 8866 section 5.14). */
public enum MediaKind {
    /** {@code m=audio}. */
    AUDIO("audio"),
    /** {@code m=video}. */
    VIDEO("video");

    private final String sdpName;

    MediaKind(String sdpName) {
        this.sdpName = sdpName;
    }

    /** The kind an m= line's media type names, or null for any other type (application, text...). */
    public static MediaKind fromSdp(String media) {
        for (MediaKind k : values()) {
            if (k.sdpName.equals(media)) {
                return k;
            }
        }
        return null;
    }

    /** {@code "audio"} or {@code "video"}, as the m= line and {@code MediaStreamTrack.kind} write it. */
    @Override
    public String toString() {
        return sdpName;
    }
}
