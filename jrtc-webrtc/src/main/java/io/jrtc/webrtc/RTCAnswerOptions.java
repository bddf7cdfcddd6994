package io.jrtc.webrtc;

/**
 * W3C {@code RTCAnswerOptions}: options of {@code createAnswer} (WebRTC 1.0 section 4.4.3.2). The
 * spec defines no members today beyond the legacy {@code voiceActivityDetection}; the type exists
 * so that the signature matches and can grow. Immutable.
 */
public final class RTCAnswerOptions {
    private static final RTCAnswerOptions DEFAULTS = new RTCAnswerOptions(true);

    private final boolean voiceActivityDetection;

    private RTCAnswerOptions(boolean voiceActivityDetection) {
        this.voiceActivityDetection = voiceActivityDetection;
    }

    /** The defaults. */
    public static RTCAnswerOptions defaults() {
        return DEFAULTS;
    }

    /** Options with the legacy {@code voiceActivityDetection}; accepted and, as in browsers, without effect. */
    public static RTCAnswerOptions withVoiceActivityDetection(boolean value) {
        return value ? DEFAULTS : new RTCAnswerOptions(false);
    }

    /** Legacy {@code voiceActivityDetection}. */
    public boolean voiceActivityDetection() {
        return voiceActivityDetection;
    }

    @Override
    public String toString() {
        return "RTCAnswerOptions{}";
    }
}
