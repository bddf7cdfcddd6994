package io.jrtc.sdp;

import java.util.List;
import java.util.Optional;

/**
 * One RTP payload type of a media section with everything said about it: its {@code a=rtpmap},
 * {@code a=fmtp} and {@code a=rtcp-fb} lines (RFC 8866 sections 6.6 and 6.15, RFC 4585 section
 * 4.2), as {@link MediaDescription#codecs()} joins them.
 *
 * @param payloadType the RTP payload type from the m= line
 * @param rtpMap its rtpmap; absent for a static payload type written without one (e.g. 0 = PCMU)
 * @param fmtp its format parameters, if any
 * @param feedback the RTCP feedback for it, including feedback written for {@code *}
 */
public record Codec(int payloadType, Optional<RtpMap> rtpMap, Optional<Fmtp> fmtp, List<RtcpFeedback> feedback) {
    /** Copies the feedback list. */
    public Codec {
        feedback = List.copyOf(feedback);
    }

    /** The encoding name from the rtpmap, e.g. {@code opus}, or empty without one. */
    public Optional<String> encodingName() {
        return rtpMap.map(RtpMap::encodingName);
    }

    /** The format parameter named {@code key}, e.g. {@code apt} for rtx. */
    public Optional<String> parameter(String key) {
        return fmtp.flatMap(f -> f.parameter(key));
    }
}
