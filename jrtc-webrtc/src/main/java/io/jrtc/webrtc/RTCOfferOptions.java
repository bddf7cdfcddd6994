package io.jrtc.webrtc;

import java.util.Optional;

/**
 * W3C {@code RTCOfferOptions}: options of {@code createOffer} (WebRTC 1.0 section 4.4.3.2), with
 * the legacy {@code offerToReceiveAudio}/{@code offerToReceiveVideo} of section 11.2, which add
 * or restrict receiving transceivers of that kind. Immutable.
 */
public final class RTCOfferOptions {
    private static final RTCOfferOptions DEFAULTS = builder().build();

    private final boolean iceRestart;
    private final Boolean offerToReceiveAudio;
    private final Boolean offerToReceiveVideo;
    private final boolean voiceActivityDetection;

    private RTCOfferOptions(Builder b) {
        this.iceRestart = b.iceRestart;
        this.offerToReceiveAudio = b.offerToReceiveAudio;
        this.offerToReceiveVideo = b.offerToReceiveVideo;
        this.voiceActivityDetection = b.voiceActivityDetection;
    }

    /** No ICE restart, no legacy options. */
    public static RTCOfferOptions defaults() {
        return DEFAULTS;
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the offer restarts ICE with new credentials (RFC 9429 section 5.2.1). */
    public boolean iceRestart() {
        return iceRestart;
    }

    /** Legacy: true to receive audio, false to stop receiving it, empty to leave it alone. */
    public Optional<Boolean> offerToReceiveAudio() {
        return Optional.ofNullable(offerToReceiveAudio);
    }

    /** Legacy: true to receive video, false to stop receiving it, empty to leave it alone. */
    public Optional<Boolean> offerToReceiveVideo() {
        return Optional.ofNullable(offerToReceiveVideo);
    }

    /** Legacy {@code voiceActivityDetection}; accepted and, as in browsers, without effect. */
    public boolean voiceActivityDetection() {
        return voiceActivityDetection;
    }

    @Override
    public String toString() {
        return "RTCOfferOptions{iceRestart=" + iceRestart + ", offerToReceiveAudio=" + offerToReceiveAudio
                + ", offerToReceiveVideo=" + offerToReceiveVideo + "}";
    }

    /** Builds {@link RTCOfferOptions}. */
    public static final class Builder {
        private boolean iceRestart;
        private Boolean offerToReceiveAudio;
        private Boolean offerToReceiveVideo;
        private boolean voiceActivityDetection = true;

        private Builder() {}

        /** Restart ICE. */
        public Builder iceRestart(boolean value) {
            this.iceRestart = value;
            return this;
        }

        /** Legacy offerToReceiveAudio; null leaves it unset. */
        public Builder offerToReceiveAudio(Boolean value) {
            this.offerToReceiveAudio = value;
            return this;
        }

        /** Legacy offerToReceiveVideo; null leaves it unset. */
        public Builder offerToReceiveVideo(Boolean value) {
            this.offerToReceiveVideo = value;
            return this;
        }

        /** Legacy voiceActivityDetection. */
        public Builder voiceActivityDetection(boolean value) {
            this.voiceActivityDetection = value;
            return this;
        }

        /** Builds the options. */
        public RTCOfferOptions build() {
            return new RTCOfferOptions(this);
        }
    }
}
