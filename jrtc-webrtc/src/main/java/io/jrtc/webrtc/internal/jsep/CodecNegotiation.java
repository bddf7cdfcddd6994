package io.jrtc.webrtc.internal.jsep;

import io.jrtc.sdp.Codec;
import io.jrtc.sdp.ExtMap;
import io.jrtc.sdp.RtcpFeedback;
import io.jrtc.sdp.RtpMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Codec and header-extension negotiation (RFC 9429 section 5.3.1 and 5.10): the intersection of the
 * remote side's codecs and the local ones, keeping the remote payload types, order, and format
 * parameters, and only the RTCP feedback both sides support.
 */
public final class CodecNegotiation {
    private CodecNegotiation() {}

    /**
     * The codecs of {@code remote} that {@code local} supports, with the remote payload types, in
     * the remote order. An rtx codec is kept only if the codec its {@code apt} names is kept.
     */
    public static List<Codec> intersect(List<Codec> remote, List<Codec> local) {
        List<Codec> primary = new ArrayList<>();
        Set<Integer> kept = new HashSet<>();
        for (Codec r : remote) {
            if (isRtx(r)) {
                continue;
            }
            Optional<Codec> match = local.stream().filter(l -> !isRtx(l) && matches(r, l)).findFirst();
            if (match.isPresent()) {
                primary.add(withFeedback(r, commonFeedback(r, match.get())));
                kept.add(r.payloadType());
            }
        }
        boolean localHasRtx = local.stream().anyMatch(CodecNegotiation::isRtx);
        List<Codec> out = new ArrayList<>();
        for (Codec r : remote) {
            if (kept.contains(r.payloadType())) {
                out.add(primary.stream().filter(p -> p.payloadType() == r.payloadType()).findFirst().orElseThrow());
            } else if (isRtx(r) && localHasRtx && apt(r).filter(kept::contains).isPresent()) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /** The remote extensions whose URI the local side also has, with the remote ids. */
    public static List<ExtMap> intersectExtensions(List<ExtMap> remote, List<ExtMap> local) {
        return remote.stream()
                .filter(r -> local.stream().anyMatch(l -> l.uri().equals(r.uri())))
                .map(r -> new ExtMap(r.id(), r.uri()))
                .toList();
    }

    /** True for an rtx (RFC 4588) payload type. */
    static boolean isRtx(Codec c) {
        return c.encodingName().map(n -> n.equalsIgnoreCase("rtx")).orElse(false);
    }

    static Optional<Integer> apt(Codec c) {
        try {
            return c.parameter("apt").map(Integer::parseInt);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Same encoding, clock rate and channel count, and for codecs whose format parameters select
     * an incompatible bitstream, the same profile (RFC 6184 section 8.1 for H.264; VP9 and AV1
     * profile ids).
     */
    static boolean matches(Codec a, Codec b) {
        RtpMap ra = a.rtpMap().orElse(null);
        RtpMap rb = b.rtpMap().orElse(null);
        if (ra == null || rb == null) {
            // Static payload types written without rtpmap (RFC 3551): the number is the codec.
            return ra == null && rb == null && a.payloadType() == b.payloadType() && a.payloadType() < 96;
        }
        if (!ra.encodingName().equalsIgnoreCase(rb.encodingName()) || ra.clockRate() != rb.clockRate()
                || ra.channels().orElse(1) != rb.channels().orElse(1)) {
            return false;
        }
        String name = ra.encodingName().toUpperCase(Locale.ROOT);
        return switch (name) {
            case "H264" -> param(a, "packetization-mode", "0").equals(param(b, "packetization-mode", "0"))
                    && h264Profile(a).equals(h264Profile(b));
            case "VP9" -> param(a, "profile-id", "0").equals(param(b, "profile-id", "0"));
            case "AV1" -> param(a, "profile", "0").equals(param(b, "profile", "0"));
            default -> true;
        };
    }

    /** profile_idc and profile-iop, the first four hex digits of profile-level-id (RFC 6184 section 8.1). */
    private static String h264Profile(Codec c) {
        String id = param(c, "profile-level-id", "42001f").toLowerCase(Locale.ROOT);
        return id.length() >= 4 ? id.substring(0, 4) : id;
    }

    private static String param(Codec c, String key, String fallback) {
        return c.parameter(key).orElse(fallback);
    }

    private static List<RtcpFeedback> commonFeedback(Codec remote, Codec local) {
        List<RtcpFeedback> out = new ArrayList<>();
        for (RtcpFeedback f : remote.feedback()) {
            boolean supported = local.feedback().stream()
                    .anyMatch(l -> l.type().equals(f.type()) && l.parameter().equals(f.parameter()));
            if (supported) {
                out.add(RtcpFeedback.of(remote.payloadType(), f.type(), f.parameter().orElse(null)));
            }
        }
        return out;
    }

    private static Codec withFeedback(Codec c, List<RtcpFeedback> feedback) {
        return new Codec(c.payloadType(), c.rtpMap(), c.fmtp(), feedback);
    }
}
