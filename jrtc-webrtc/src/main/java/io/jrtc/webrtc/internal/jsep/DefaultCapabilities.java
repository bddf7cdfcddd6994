package io.jrtc.webrtc.internal.jsep;

import io.jrtc.sdp.Codec;
import io.jrtc.sdp.ExtMap;
import io.jrtc.sdp.Fmtp;
import io.jrtc.sdp.RtcpFeedback;
import io.jrtc.sdp.RtpMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The codecs and header extensions jrtc offers by default, with Chromium's payload types and
 * extension ids so that offers and answers line up with a browser's without remapping. Media is
 * raw RTP for now, so these are the names the application's packets are labelled with.
 */
public final class DefaultCapabilities {
    private DefaultCapabilities() {}

    /**
     * No {@code transport-cc}: jrtc sends no transport-wide feedback (draft-holmer-rmcat-transport-
     * wide-cc-extensions-01 §3.1), and a sender that negotiated it and gets none (libwebrtc's
     * send-side estimator) takes the path as congested and drops to its minimum bitrate within
     * seconds. Offer and answer it again once jrtc sends the feedback.
     */
    private static final List<String> VIDEO_FEEDBACK = List.of("goog-remb", "ccm fir", "nack", "nack pli");

    /** Opus, PCMU, PCMA and telephone-event. */
    public static List<Codec> audioCodecs() {
        return List.of(
                codec(new RtpMap(111, "opus", 48000, 2), "minptime=10;useinbandfec=1", List.of()),
                codec(new RtpMap(0, "PCMU", 8000), null, List.of()),
                codec(new RtpMap(8, "PCMA", 8000), null, List.of()),
                codec(new RtpMap(126, "telephone-event", 8000), null, List.of()));
    }

    /** VP8, VP9 profile 0 and H.264 constrained baseline, each with its rtx. */
    public static List<Codec> videoCodecs() {
        List<Codec> out = new ArrayList<>();
        out.add(codec(new RtpMap(96, "VP8", 90000), null, VIDEO_FEEDBACK));
        out.add(codec(new RtpMap(97, "rtx", 90000), "apt=96", List.of()));
        out.add(codec(new RtpMap(98, "VP9", 90000), "profile-id=0", VIDEO_FEEDBACK));
        out.add(codec(new RtpMap(99, "rtx", 90000), "apt=98", List.of()));
        out.add(codec(new RtpMap(108, "H264", 90000),
                "level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f", VIDEO_FEEDBACK));
        out.add(codec(new RtpMap(109, "rtx", 90000), "apt=108", List.of()));
        return List.copyOf(out);
    }

    /** The codecs for a kind. */
    public static List<Codec> codecs(MediaKind kind) {
        return kind == MediaKind.AUDIO ? audioCodecs() : videoCodecs();
    }

    /**
     * The header extensions for a kind: audio level, abs-send-time, mid and the stream ids. Not
     * the transport-wide sequence number (id 3 in Chromium's offers), for the reason above.
     */
    public static List<ExtMap> headerExtensions(MediaKind kind) {
        List<ExtMap> out = new ArrayList<>();
        if (kind == MediaKind.AUDIO) {
            out.add(new ExtMap(1, "urn:ietf:params:rtp-hdrext:ssrc-audio-level"));
        }
        out.add(new ExtMap(2, "http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time"));
        out.add(new ExtMap(4, "urn:ietf:params:rtp-hdrext:sdes:mid"));
        if (kind == MediaKind.VIDEO) {
            out.add(new ExtMap(10, "urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id"));
            out.add(new ExtMap(11, "urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id"));
        }
        return List.copyOf(out);
    }

    private static Codec codec(RtpMap map, String fmtp, List<String> feedback) {
        List<RtcpFeedback> fb = new ArrayList<>();
        for (String f : feedback) {
            int space = f.indexOf(' ');
            fb.add(RtcpFeedback.of(map.payloadType(), space < 0 ? f : f.substring(0, space),
                    space < 0 ? null : f.substring(space + 1)));
        }
        return new Codec(map.payloadType(), Optional.of(map),
                Optional.ofNullable(fmtp).map(p -> new Fmtp(map.payloadType(), p)), fb);
    }
}
