package io.jrtc.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link MediaDescription}: from scratch ({@link MediaDescription#builder(String, int,
 * String)}) or by editing a parsed one ({@link MediaDescription#toBuilder()}), in which case the
 * lines it does not touch stay exactly as they were.
 *
 * <p>Single-valued attributes (mid, direction, ICE credentials, setup, rtcp, sctp-port, ...) are
 * replaced in place. Other attributes appear in the order they are added when building from
 * scratch, and after the last one of the same name when editing. If a new section's m= line was given no formats, {@link #build()} lists the
 * payload types of the {@code a=rtpmap} lines.
 */
public final class MediaDescriptionBuilder {
    private final LineList lines;
    /** Only a new section gets its formats from its rtpmaps; an edited one keeps its m= line. */
    private final boolean deriveFormats;

    MediaDescriptionBuilder(MediaLine mediaLine) {
        this.lines = new LineList(List.of(new SdpLine('m', mediaLine.toValue())), LineList.MEDIA_ORDER, false);
        this.deriveFormats = true;
    }

    MediaDescriptionBuilder(ParsedLines existing) {
        this.lines = new LineList(existing, LineList.MEDIA_ORDER, true);
        this.deriveFormats = false;
    }

    /** Replaces the {@code m=} line (RFC 8866 section 5.14). */
    public MediaDescriptionBuilder mediaLine(MediaLine mediaLine) {
        lines.setLine('m', mediaLine.toValue());
        return this;
    }

    /** Sets the port of the m= line; 0 rejects the section (RFC 9429 section 5.3.1). */
    public MediaDescriptionBuilder port(int port) {
        return mediaLine(currentMediaLine().withPort(port));
    }

    /** Sets the formats of the m= line, e.g. payload types {@code "111", "0"}. */
    public MediaDescriptionBuilder formats(List<String> formats) {
        return mediaLine(currentMediaLine().withFormats(formats));
    }

    private MediaLine currentMediaLine() {
        if (lines.firstTyped('m') instanceof MediaLine parsed) {
            return parsed;
        }
        return MediaLine.parse(lines.first('m').value());
    }

    /** Sets the {@code c=} line (RFC 8866 section 5.7). */
    public MediaDescriptionBuilder connection(Connection connection) {
        lines.setLine('c', connection.toValue());
        return this;
    }

    /** Adds a {@code b=} line (RFC 8866 section 5.8). */
    public MediaDescriptionBuilder bandwidth(Bandwidth bandwidth) {
        lines.addLine('b', bandwidth.toValue());
        return this;
    }

    /** Sets {@code a=mid} (RFC 5888 section 4). */
    public MediaDescriptionBuilder mid(String mid) {
        lines.setAttribute(LineList.checked(Attribute.of("mid", mid)));
        return this;
    }

    /** Sets the direction, replacing any direction attribute in place (RFC 8866 section 6.7). */
    public MediaDescriptionBuilder direction(Direction direction) {
        lines.setAttribute(n -> Direction.fromAttributeName(n).isPresent(), direction.toAttribute());
        return this;
    }

    /** Sets {@code a=ice-ufrag} (RFC 8839 section 5.4). */
    public MediaDescriptionBuilder iceUfrag(String ufrag) {
        lines.setAttribute(LineList.checked(Attribute.of("ice-ufrag", ufrag)));
        return this;
    }

    /** Sets {@code a=ice-pwd} (RFC 8839 section 5.4). */
    public MediaDescriptionBuilder icePwd(String pwd) {
        lines.setAttribute(LineList.checked(Attribute.of("ice-pwd", pwd)));
        return this;
    }

    /** Sets {@code a=ice-options}, e.g. {@code "trickle"} (RFC 8839 section 5.6). */
    public MediaDescriptionBuilder iceOptions(String... tags) {
        lines.setAttribute(LineList.checked(Attribute.of("ice-options", String.join(" ", tags))));
        return this;
    }

    /** Adds an {@code a=candidate}, before {@code a=end-of-candidates} if present (RFC 8839 section 5.1). */
    public MediaDescriptionBuilder candidate(Candidate candidate) {
        lines.addAttribute(candidate.toAttribute());
        return this;
    }

    /**
     * Adds a trickled candidate as {@link Candidate#parse(String)} reads it ({@code candidate:...},
     * with or without {@code a=}), written as {@link #candidate(Candidate)} writes it; the same as
     * {@code candidate(Candidate.parse(text))}, but the line is parsed once.
     *
     * @throws SdpParseException if the text is not a candidate; the line number is 1
     */
    public MediaDescriptionBuilder candidate(String text) {
        lines.addAttribute(candidateLine(text));
        return this;
    }

    /** The parsed {@code a=candidate} line of a trickled candidate (see {@link #candidate(String)}). */
    static ParsedLine candidateLine(String text) {
        String value = Candidate.valueOf(text);
        Candidate candidate;
        try {
            candidate = Candidate.parseValue(value);
        } catch (IllegalArgumentException e) {
            throw new SdpParseException(1, text, Candidate.SYNTAX);
        }
        Attribute attribute = candidate.toAttribute();
        // Written in the candidate's own form; if that is the text as given, what the parser makes
        // of the line is the candidate already parsed.
        return attribute.valueOrEmpty().equals(value)
                ? new ParsedLine(attribute.toLine(), attribute, candidate)
                : LineList.checked(attribute);
    }

    /** The lines of {@code section} with {@code attribute} added as this builder adds it when editing. */
    static ParsedLines withAttribute(ParsedLines section, ParsedLine attribute, boolean replace) {
        LineList edited = new LineList(section, LineList.MEDIA_ORDER, true);
        if (replace) {
            edited.setAttribute(attribute);
        } else {
            edited.addAttribute(attribute);
        }
        return new ParsedLines(edited.known());
    }

    /** Removes every {@code a=candidate} line. */
    public MediaDescriptionBuilder removeCandidates() {
        lines.removeAttributes("candidate"::equals);
        return this;
    }

    /** Adds {@code a=end-of-candidates} (RFC 8840 section 8.2). */
    public MediaDescriptionBuilder endOfCandidates() {
        lines.setAttribute(Attribute.of("end-of-candidates"));
        return this;
    }

    /** Adds an {@code a=fingerprint} (RFC 8122 section 5). */
    public MediaDescriptionBuilder fingerprint(Fingerprint fingerprint) {
        lines.addAttribute(fingerprint.toAttribute());
        return this;
    }

    /** Sets {@code a=setup} (RFC 4145 section 4). */
    public MediaDescriptionBuilder setup(Setup setup) {
        lines.setAttribute(setup.toAttribute());
        return this;
    }

    /** Adds an {@code a=extmap} (RFC 8285 section 8). */
    public MediaDescriptionBuilder extMap(ExtMap extMap) {
        lines.addAttribute(extMap.toAttribute());
        return this;
    }

    /** Adds {@code a=extmap-allow-mixed} (RFC 8285 section 6). */
    public MediaDescriptionBuilder extmapAllowMixed() {
        lines.setAttribute(Attribute.of("extmap-allow-mixed"));
        return this;
    }

    /** Sets {@code a=rtcp} (RFC 3605 section 2.1). */
    public MediaDescriptionBuilder rtcp(Rtcp rtcp) {
        lines.setAttribute(rtcp.toAttribute());
        return this;
    }

    /** Adds {@code a=rtcp-mux} (RFC 5761 section 5.1.1). */
    public MediaDescriptionBuilder rtcpMux() {
        lines.setAttribute(Attribute.of("rtcp-mux"));
        return this;
    }

    /** Adds {@code a=rtcp-rsize} (RFC 5506 section 5). */
    public MediaDescriptionBuilder rtcpRsize() {
        lines.setAttribute(Attribute.of("rtcp-rsize"));
        return this;
    }

    /** Adds an {@code a=rtpmap} (RFC 8866 section 6.6). */
    public MediaDescriptionBuilder rtpMap(RtpMap rtpMap) {
        lines.addAttribute(rtpMap.toAttribute());
        return this;
    }

    /** Adds an {@code a=fmtp} (RFC 8866 section 6.15). */
    public MediaDescriptionBuilder fmtp(Fmtp fmtp) {
        lines.addAttribute(fmtp.toAttribute());
        return this;
    }

    /** Adds an {@code a=rtcp-fb} (RFC 4585 section 4.2). */
    public MediaDescriptionBuilder rtcpFeedback(RtcpFeedback feedback) {
        lines.addAttribute(feedback.toAttribute());
        return this;
    }

    /**
     * Adds a codec's rtpmap, then its feedback, then its fmtp, at the end: the order Chromium writes
     * them in. Feedback written for {@code *} is not repeated.
     */
    public MediaDescriptionBuilder codec(Codec codec) {
        codec.rtpMap().ifPresent(r -> lines.attributeAtEnd(r.toAttribute()));
        codec.feedback().stream()
                .filter(f -> f.payloadType().isPresent())
                .forEach(f -> lines.attributeAtEnd(f.toAttribute()));
        codec.fmtp().ifPresent(f -> lines.attributeAtEnd(f.toAttribute()));
        return this;
    }

    /** Adds an {@code a=ssrc} (RFC 5576 section 4.1). */
    public MediaDescriptionBuilder ssrc(Ssrc ssrc) {
        lines.addAttribute(ssrc.toAttribute());
        return this;
    }

    /** Adds an {@code a=ssrc-group} (RFC 5576 section 4.2). */
    public MediaDescriptionBuilder ssrcGroup(SsrcGroup group) {
        lines.addAttribute(group.toAttribute());
        return this;
    }

    /** Adds an {@code a=msid} (RFC 8830 section 2). */
    public MediaDescriptionBuilder msid(Msid msid) {
        lines.addAttribute(msid.toAttribute());
        return this;
    }

    /** Adds an {@code a=rid} (RFC 8851 section 4). */
    public MediaDescriptionBuilder rid(Rid rid) {
        lines.addAttribute(rid.toAttribute());
        return this;
    }

    /** Sets {@code a=simulcast} (RFC 8853 section 5.1). */
    public MediaDescriptionBuilder simulcast(Simulcast simulcast) {
        lines.setAttribute(simulcast.toAttribute());
        return this;
    }

    /** Sets {@code a=sctp-port} (RFC 8841 section 5). */
    public MediaDescriptionBuilder sctpPort(int port) {
        lines.setAttribute(LineList.checked(Attribute.of("sctp-port", Integer.toString(port))));
        return this;
    }

    /** Sets {@code a=max-message-size}, 0 for no limit (RFC 8841 section 6). */
    public MediaDescriptionBuilder maxMessageSize(long bytes) {
        lines.setAttribute(LineList.checked(Attribute.of("max-message-size", Long.toString(bytes))));
        return this;
    }

    /** Sets the legacy {@code a=sctpmap} (draft-ietf-mmusic-sctp-sdp-05 section 5). */
    public MediaDescriptionBuilder sctpMap(SctpMap sctpMap) {
        lines.setAttribute(sctpMap.toAttribute());
        return this;
    }

    /** Adds a typed attribute after the last one of the same name. */
    public MediaDescriptionBuilder attribute(TypedAttribute attribute) {
        lines.addAttribute(attribute.toAttribute());
        return this;
    }

    /**
     * Adds a property attribute, e.g. {@code attribute("bundle-only")}.
     *
     * @throws IllegalArgumentException if the name is not a token or a known attribute needs a value
     */
    public MediaDescriptionBuilder attribute(String name) {
        lines.addAttribute(LineList.checked(Attribute.of(name)));
        return this;
    }

    /**
     * Adds a value attribute as written, known or not.
     *
     * @throws IllegalArgumentException if it holds NUL, CR or LF, or a known attribute is malformed
     */
    public MediaDescriptionBuilder attribute(String name, String value) {
        lines.addAttribute(LineList.checked(Attribute.of(name, value)));
        return this;
    }

    /** Removes every attribute called {@code name}. */
    public MediaDescriptionBuilder removeAttributes(String name) {
        lines.removeAttributes(name::equals);
        return this;
    }

    /**
     * Builds the section, validated exactly as a parsed one.
     *
     * @throws SdpParseException never for sections made only through this builder's methods
     */
    public MediaDescription build() {
        if (deriveFormats && currentMediaLine().formats().isEmpty()) {
            formats(rtpMapFormats());
        }
        return new MediaDescription(SdpParser.media(lines.lines(), lines.known()), ParsedLines.EMPTY);
    }

    private List<String> rtpMapFormats() {
        List<String> out = new ArrayList<>();
        for (SdpLine l : lines.lines()) {
            Attribute a = l.type() == 'a' ? Attribute.parse(l.value()) : null;
            if (a != null && a.name().equals("rtpmap")) {
                out.add(Integer.toString(RtpMap.parse(a.valueOrEmpty()).payloadType()));
            }
        }
        return out;
    }
}
