package io.jrtc.webrtc;

import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceCandidateParseException;
import io.jrtc.webrtc.internal.json.JsonMembers;
import io.jrtc.webrtc.internal.json.JsonWriter;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * W3C {@code RTCIceCandidate} (and {@code RTCIceCandidateInit}): one trickled ICE candidate and
 * the media section it belongs to (WebRTC 1.0 section 4.8.2). Immutable.
 *
 * <p>{@link #toJSON()} and {@link #fromJSON(String)} read and write what browsers send:
 * {@code {"candidate":"candidate:...","sdpMid":"0","sdpMLineIndex":0,"usernameFragment":"..."}}.
 * An empty {@link #candidate()} is the end-of-candidates indication (RFC 8838 section 4.4).
 *
 * <p>The derived fields ({@link #foundation()}, {@link #address()}, {@link #type()}, ...) are read
 * from the candidate line; all are empty if it does not parse, as in browsers, where such a
 * candidate is only refused when it is added.
 */
public final class RTCIceCandidate {
    private final String candidate;
    private final String sdpMid;
    private final Integer sdpMLineIndex;
    private final String usernameFragment;
    /** The parsed line, or null if empty or malformed. */
    private final IceCandidate parsed;

    private RTCIceCandidate(Builder b) {
        this.candidate = b.candidate;
        this.sdpMid = b.sdpMid;
        this.sdpMLineIndex = b.sdpMLineIndex;
        this.parsed = parse(b.candidate);
        this.usernameFragment = b.usernameFragment != null
                ? b.usernameFragment
                : parsed == null ? null : parsed.ufrag().orElse(null);
    }

    private static IceCandidate parse(String line) {
        if (line.isEmpty()) {
            return null;
        }
        try {
            return IceCandidate.parse(line);
        } catch (IceCandidateParseException e) {
            return null;
        }
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A candidate for the media section with this mid and index.
     *
     * @throws RTCException a TypeError if both sdpMid and sdpMLineIndex are null
     */
    public static RTCIceCandidate of(String candidate, String sdpMid, Integer sdpMLineIndex) {
        return builder().candidate(candidate).sdpMid(sdpMid).sdpMLineIndex(sdpMLineIndex).build();
    }

    /**
     * Reads the JSON a browser sends. Absent and {@code null} members are the same (the candidate
     * then defaults to {@code ""}); unknown members are ignored.
     *
     * @throws RTCException {@code SyntaxError} if the text is not JSON; {@code TypeError} if it is
     *     not an object, a member has the wrong type, sdpMLineIndex is not an integer from 0 to
     *     65535, or both sdpMid and sdpMLineIndex are missing; nothing else is ever thrown
     */
    public static RTCIceCandidate fromJSON(String json) {
        JsonMembers m = JsonMembers.parseObject(json, "RTCIceCandidateInit");
        String line = m.string("candidate");
        return builder()
                .candidate(line == null ? "" : line)
                .sdpMid(m.string("sdpMid"))
                .sdpMLineIndex(m.unsignedShort("sdpMLineIndex"))
                .usernameFragment(m.string("usernameFragment"))
                .build();
    }

    /** The candidate line, {@code "candidate:..."}, or {@code ""} for end-of-candidates. */
    public String candidate() {
        return candidate;
    }

    /** True if this is the end-of-candidates indication (an empty candidate). */
    public boolean isEndOfCandidates() {
        return candidate.isEmpty();
    }

    /** The mid of the media section, if given. */
    public Optional<String> sdpMid() {
        return Optional.ofNullable(sdpMid);
    }

    /** The index of the media section, if given. */
    public OptionalInt sdpMLineIndex() {
        return sdpMLineIndex == null ? OptionalInt.empty() : OptionalInt.of(sdpMLineIndex);
    }

    /** The ICE ufrag: as given, else the candidate's {@code ufrag} extension. */
    public Optional<String> usernameFragment() {
        return Optional.ofNullable(usernameFragment);
    }

    /** The foundation (RFC 8445 section 5.1.1.3). */
    public Optional<String> foundation() {
        return Optional.ofNullable(parsed).map(IceCandidate::foundation);
    }

    /** The component, if 1 (rtp) or 2 (rtcp). */
    public Optional<RTCIceComponent> component() {
        if (parsed == null || parsed.component() > 2) {
            return Optional.empty();
        }
        return Optional.of(parsed.component() == 1 ? RTCIceComponent.RTP : RTCIceComponent.RTCP);
    }

    /** The priority (RFC 8445 section 5.1.2). */
    public OptionalLong priority() {
        return parsed == null ? OptionalLong.empty() : OptionalLong.of(parsed.priority());
    }

    /** The address: an IP literal or an mDNS name. */
    public Optional<String> address() {
        return Optional.ofNullable(parsed).map(IceCandidate::address);
    }

    /** The transport protocol, if UDP or TCP. */
    public Optional<RTCIceProtocol> protocol() {
        if (parsed == null) {
            return Optional.empty();
        }
        if (parsed.isUdp()) {
            return Optional.of(RTCIceProtocol.UDP);
        }
        return parsed.isTcp() ? Optional.of(RTCIceProtocol.TCP) : Optional.empty();
    }

    /** The port. */
    public OptionalInt port() {
        return parsed == null ? OptionalInt.empty() : OptionalInt.of(parsed.port());
    }

    /** The candidate type. */
    public Optional<RTCIceCandidateType> type() {
        return Optional.ofNullable(parsed).map(p -> RTCIceCandidateType.fromString(p.type().toString()));
    }

    /** The tcptype of a TCP candidate (RFC 6544 section 4.5). */
    public Optional<RTCIceTcpCandidateType> tcpType() {
        return Optional.ofNullable(parsed).flatMap(IceCandidate::tcpType)
                .map(t -> RTCIceTcpCandidateType.fromString(t.toString()));
    }

    /** The related address ({@code raddr}) of a reflexive or relayed candidate. */
    public Optional<String> relatedAddress() {
        return Optional.ofNullable(parsed).flatMap(IceCandidate::relatedAddress);
    }

    /** The related port ({@code rport}). */
    public OptionalInt relatedPort() {
        return parsed == null || parsed.relatedPort() < 0 ? OptionalInt.empty() : OptionalInt.of(parsed.relatedPort());
    }

    /**
     * {@code {"candidate":"...","sdpMid":"0","sdpMLineIndex":0,"usernameFragment":"..."}}, every
     * member present (null where unknown), as a browser's {@code toJSON()} gives.
     */
    public String toJSON() {
        return new JsonWriter()
                .string("candidate", candidate)
                .string("sdpMid", sdpMid)
                .number("sdpMLineIndex", sdpMLineIndex)
                .string("usernameFragment", usernameFragment)
                .toString();
    }

    /** Equal if the four RTCIceCandidateInit members are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RTCIceCandidate c
                && c.candidate.equals(candidate)
                && Objects.equals(c.sdpMid, sdpMid)
                && Objects.equals(c.sdpMLineIndex, sdpMLineIndex)
                && Objects.equals(c.usernameFragment, usernameFragment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(candidate, sdpMid, sdpMLineIndex, usernameFragment);
    }

    /** The mid and index; the line holds addresses, so it is not printed. */
    @Override
    public String toString() {
        return "RTCIceCandidate{sdpMid=" + sdpMid + ", sdpMLineIndex=" + sdpMLineIndex
                + (candidate.isEmpty() ? ", end-of-candidates}" : "}");
    }

    /** Builds an {@link RTCIceCandidate}; the fields default to those of {@code RTCIceCandidateInit}. */
    public static final class Builder {
        private String candidate = "";
        private String sdpMid;
        private Integer sdpMLineIndex;
        private String usernameFragment;

        private Builder() {}

        /** The candidate line, with or without its {@code candidate:} prefix as browsers write it; default {@code ""}. */
        public Builder candidate(String value) {
            this.candidate = Objects.requireNonNull(value, "candidate (use \"\" for end-of-candidates)");
            return this;
        }

        /** The mid, or null. */
        public Builder sdpMid(String value) {
            this.sdpMid = value;
            return this;
        }

        /** The m-line index, or null. */
        public Builder sdpMLineIndex(Integer value) {
            if (value != null && (value < 0 || value > 0xFFFF)) {
                throw new RTCException(RTCErrorName.TYPE_ERROR,
                        "sdpMLineIndex " + value + " is out of range; it is an unsigned short (0-65535)");
            }
            this.sdpMLineIndex = value;
            return this;
        }

        /** The ufrag, or null to take it from the candidate line. */
        public Builder usernameFragment(String value) {
            this.usernameFragment = value;
            return this;
        }

        /**
         * Builds the candidate.
         *
         * @throws RTCException a TypeError if both sdpMid and sdpMLineIndex are null (WebRTC 1.0
         *     section 4.8.2.1, the constructor's first step)
         */
        public RTCIceCandidate build() {
            if (sdpMid == null && sdpMLineIndex == null) {
                throw new RTCException(RTCErrorName.TYPE_ERROR,
                        "an RTCIceCandidate needs sdpMid or sdpMLineIndex to say which media section it belongs to");
            }
            return new RTCIceCandidate(this);
        }
    }
}
