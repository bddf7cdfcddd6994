package io.jrtc.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One media section of a session description: an {@code m=} line and the lines after it up to the
 * next {@code m=} (RFC 8866 section 5.14).
 *
 * <p>Immutable; keeps its lines exactly as read. Where an attribute may be written at session level
 * instead (direction, ICE credentials and options, fingerprint, setup, c=, extmap-allow-mixed,
 * end-of-candidates), the accessor falls back to the session level of the description it belongs to.
 * A section built on its own has no session level to fall back to.
 */
public final class MediaDescription {
    private final ParsedLines lines;
    private final ParsedLines session;

    MediaDescription(ParsedLines lines, ParsedLines session) {
        this.lines = lines;
        this.session = session;
    }

    /**
     * A builder for a new media section, e.g. {@code builder("audio", 9, "UDP/TLS/RTP/SAVPF")}. If no
     * formats are given, the m= line lists the payload types of the {@code a=rtpmap} lines added.
     */
    public static MediaDescriptionBuilder builder(String media, int port, String protocol) {
        return new MediaDescriptionBuilder(new MediaLine(media, port, protocol, List.of()));
    }

    /** A builder for a new media section with this m= line. */
    public static MediaDescriptionBuilder builder(MediaLine mediaLine) {
        return new MediaDescriptionBuilder(mediaLine);
    }

    /** A builder that starts from this section; lines it does not touch stay as they are. */
    public MediaDescriptionBuilder toBuilder() {
        return new MediaDescriptionBuilder(lines);
    }

    /** This section's parsed lines. */
    ParsedLines parsedLines() {
        return lines;
    }

    /** This section's lines, its m= line first. */
    public List<SdpLine> lines() {
        return lines.lines();
    }

    /** The {@code m=} line. */
    public MediaLine mediaLine() {
        return lines.first(MediaLine.class).orElseThrow();
    }

    /** The media type: {@code audio}, {@code video}, {@code application}, ... */
    public String type() {
        return mediaLine().media();
    }

    /** The port of the m= line. */
    public int port() {
        return mediaLine().port();
    }

    /** The protocol of the m= line, e.g. {@code UDP/TLS/RTP/SAVPF}. */
    public String protocol() {
        return mediaLine().protocol();
    }

    /** The formats of the m= line. */
    public List<String> formats() {
        return mediaLine().formats();
    }

    /**
     * True if the section is rejected or stopped: port 0 without {@code a=bundle-only} (RFC 9429
     * section 5.2.2, RFC 9143 section 6).
     */
    public boolean isRejected() {
        return port() == 0 && !lines.has("bundle-only");
    }

    /** The {@code a=mid} identification tag (RFC 5888 section 4). */
    public Optional<String> mid() {
        return lines.knownValue("mid");
    }

    /** The direction written in this section, if any (RFC 8866 section 6.7). */
    public Optional<Direction> explicitDirection() {
        return lines.first(Direction.class);
    }

    /** The direction: this section's, else the session's, else {@link Direction#SENDRECV} (RFC 8866 section 6.7). */
    public Direction direction() {
        return explicitDirection().or(() -> session.first(Direction.class)).orElse(Direction.SENDRECV);
    }

    /** The {@code c=} line of this section, else of the session (RFC 8866 section 5.7). */
    public Optional<Connection> connection() {
        return lines.first(Connection.class).or(() -> session.first(Connection.class));
    }

    /** This section's {@code b=} lines (RFC 8866 section 5.8). */
    public List<Bandwidth> bandwidths() {
        return lines.all(Bandwidth.class);
    }

    /** Every attribute of this section, known or not, in order. */
    public List<Attribute> attributes() {
        return lines.attributes();
    }

    /** This section's attributes called {@code name}, in order. */
    public List<Attribute> attributes(String name) {
        return lines.attributes(name);
    }

    /** The value of this section's first attribute called {@code name}. */
    public Optional<String> attribute(String name) {
        return lines.attributeValue(name);
    }

    /** True if this section has an attribute called {@code name}. */
    public boolean hasAttribute(String name) {
        return lines.has(name);
    }

    /** {@code a=ice-ufrag}, here or at session level (RFC 8839 section 5.4). */
    public Optional<String> iceUfrag() {
        return lines.knownValue("ice-ufrag").or(() -> session.knownValue("ice-ufrag"));
    }

    /** {@code a=ice-pwd}, here or at session level (RFC 8839 section 5.4). */
    public Optional<String> icePwd() {
        return lines.knownValue("ice-pwd").or(() -> session.knownValue("ice-pwd"));
    }

    /** {@code a=ice-options} tags, here or at session level (RFC 8839 section 5.6). */
    public List<String> iceOptions() {
        return lines.knownValue("ice-options")
                .or(() -> session.knownValue("ice-options"))
                .map(IceOptions::parse)
                .orElse(List.of());
    }

    /** {@code a=fingerprint} lines, here or else at session level (RFC 8122 section 5). */
    public List<Fingerprint> fingerprints() {
        List<Fingerprint> own = lines.all(Fingerprint.class);
        return own.isEmpty() ? session.all(Fingerprint.class) : own;
    }

    /** {@code a=setup}, here or at session level (RFC 4145 section 4). */
    public Optional<Setup> setup() {
        return lines.first(Setup.class).or(() -> session.first(Setup.class));
    }

    /** The {@code a=candidate} lines (RFC 8839 section 5.1). */
    public List<Candidate> candidates() {
        return lines.all(Candidate.class);
    }

    /** True if {@code a=end-of-candidates} is here or at session level (RFC 8840 section 8.2). */
    public boolean endOfCandidates() {
        return lines.has("end-of-candidates") || session.has("end-of-candidates");
    }

    /** True if {@code a=extmap-allow-mixed} is here or at session level (RFC 8285 section 6). */
    public boolean extmapAllowMixed() {
        return lines.has("extmap-allow-mixed") || session.has("extmap-allow-mixed");
    }

    /** The {@code a=extmap} lines (RFC 8285 section 8). */
    public List<ExtMap> extMaps() {
        return lines.all(ExtMap.class);
    }

    /** {@code a=rtcp} (RFC 3605 section 2.1). */
    public Optional<Rtcp> rtcp() {
        return lines.first(Rtcp.class);
    }

    /** True if {@code a=rtcp-mux} is present (RFC 5761 section 5.1.1). */
    public boolean rtcpMux() {
        return lines.has("rtcp-mux");
    }

    /** True if {@code a=rtcp-rsize} is present (RFC 5506 section 5). */
    public boolean rtcpRsize() {
        return lines.has("rtcp-rsize");
    }

    /** The {@code a=rtpmap} lines (RFC 8866 section 6.6). */
    public List<RtpMap> rtpMaps() {
        return lines.all(RtpMap.class);
    }

    /** The {@code a=rtpmap} of one payload type. */
    public Optional<RtpMap> rtpMap(int payloadType) {
        return rtpMaps().stream().filter(r -> r.payloadType() == payloadType).findFirst();
    }

    /** The {@code a=fmtp} lines (RFC 8866 section 6.15). */
    public List<Fmtp> fmtps() {
        return lines.all(Fmtp.class);
    }

    /** The {@code a=fmtp} of one payload type. */
    public Optional<Fmtp> fmtp(int payloadType) {
        return fmtps().stream().filter(f -> f.payloadType() == payloadType).findFirst();
    }

    /** The {@code a=rtcp-fb} lines (RFC 4585 section 4.2). */
    public List<RtcpFeedback> rtcpFeedback() {
        return lines.all(RtcpFeedback.class);
    }

    /** The {@code a=rtcp-fb} lines that apply to one payload type, including those for {@code *}. */
    public List<RtcpFeedback> rtcpFeedback(int payloadType) {
        return rtcpFeedback().stream().filter(f -> f.appliesTo(payloadType)).toList();
    }

    /** Each RTP payload type of the m= line, in order, with its rtpmap, fmtp and feedback. */
    public List<Codec> codecs() {
        List<RtpMap> maps = rtpMaps();
        List<Fmtp> params = fmtps();
        List<RtcpFeedback> feedback = rtcpFeedback();
        List<Codec> out = new ArrayList<>();
        for (int pt : mediaLine().payloadTypes()) {
            out.add(new Codec(pt,
                    maps.stream().filter(r -> r.payloadType() == pt).findFirst(),
                    params.stream().filter(f -> f.payloadType() == pt).findFirst(),
                    feedback.stream().filter(f -> f.appliesTo(pt)).toList()));
        }
        return List.copyOf(out);
    }

    /** The {@code a=ssrc} lines (RFC 5576 section 4.1). */
    public List<Ssrc> ssrcs() {
        return lines.all(Ssrc.class);
    }

    /** The {@code a=ssrc-group} lines (RFC 5576 section 4.2). */
    public List<SsrcGroup> ssrcGroups() {
        return lines.all(SsrcGroup.class);
    }

    /** The {@code a=msid} lines (RFC 8830 section 2). */
    public List<Msid> msids() {
        return lines.all(Msid.class);
    }

    /** The {@code a=rid} lines (RFC 8851 section 4). */
    public List<Rid> rids() {
        return lines.all(Rid.class);
    }

    /** The {@code a=simulcast} line (RFC 8853 section 5.1). */
    public Optional<Simulcast> simulcast() {
        return lines.first(Simulcast.class);
    }

    /** {@code a=sctp-port} (RFC 8841 section 5). */
    public OptionalInt sctpPort() {
        Optional<String> v = lines.knownValue("sctp-port");
        return v.isPresent() ? OptionalInt.of(Integer.parseInt(v.get())) : OptionalInt.empty();
    }

    /** {@code a=max-message-size} in bytes, 0 meaning no limit (RFC 8841 section 6). */
    public OptionalLong maxMessageSize() {
        Optional<String> v = lines.knownValue("max-message-size");
        return v.isPresent() ? OptionalLong.of(Long.parseLong(v.get())) : OptionalLong.empty();
    }

    /** The legacy {@code a=sctpmap} (draft-ietf-mmusic-sctp-sdp-05 section 5). */
    public Optional<SctpMap> sctpMap() {
        return lines.first(SctpMap.class);
    }

    void appendTo(StringBuilder out) {
        lines.appendTo(out);
    }

    /** The section as SDP text, every line ended by CRLF. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        lines.appendTo(out);
        return out.toString();
    }

    /** Equal if the section's own text is equal (the session level is not compared). */
    @Override
    public boolean equals(Object o) {
        return o instanceof MediaDescription other && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
