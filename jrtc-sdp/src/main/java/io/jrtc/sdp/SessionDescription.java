package io.jrtc.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An SDP session description (RFC 8866) as WebRTC exchanges it (RFC 9429): the session-level
 * lines followed by media sections.
 *
 * <p>Immutable. It keeps every line in order exactly as read, so {@link #toString()} of a parsed
 * description gives back the input byte for byte (with CRLF line endings), attributes it does not
 * know included. The typed accessors read the lines; the parser has already validated every
 * attribute they read, so they never fail.
 *
 * <pre>{@code
 * SessionDescription offer = SessionDescription.parse(text);
 * String ufrag = offer.media().get(0).iceUfrag().orElseThrow();
 * SessionDescription updated = offer.toBuilder().sessionVersion(3).build();
 * }</pre>
 */
public final class SessionDescription {
    private final ParsedLines session;
    private final List<MediaDescription> media;
    /** The text, computed once; a racy but benign cache because String is immutable. */
    private String text;

    SessionDescription(ParsedLines session, List<ParsedLines> mediaSections) {
        this.session = session;
        List<MediaDescription> bound = new ArrayList<>();
        for (ParsedLines section : mediaSections) {
            bound.add(new MediaDescription(section, session));
        }
        this.media = List.copyOf(bound);
    }

    /**
     * Parses a session description. Lines end with CRLF, or LF alone; blank lines at the end are
     * ignored.
     *
     * @throws SdpParseException if the text is not a well-formed session description or a known
     *     attribute in it is malformed; nothing else is ever thrown
     */
    public static SessionDescription parse(String text) {
        return SdpParser.parse(text);
    }

    /** A builder for a new description, with {@code v=0}, a new {@link Origin}, {@code s=-} and {@code t=0 0}. */
    public static SessionDescriptionBuilder builder() {
        return new SessionDescriptionBuilder();
    }

    /**
     * A builder for a new description with this {@code o=} line, {@code v=0}, {@code s=-} and
     * {@code t=0 0}: the same as {@code builder().origin(origin)} without making a random origin
     * first.
     */
    public static SessionDescriptionBuilder builder(Origin origin) {
        return new SessionDescriptionBuilder(origin);
    }

    /** A builder that starts from this description; lines it does not touch stay as they are. */
    public SessionDescriptionBuilder toBuilder() {
        return new SessionDescriptionBuilder(session, media);
    }

    /**
     * This description with a trickled candidate added to media section {@code index}, where
     * {@code toBuilder().editMedia(index, m -> m.candidate(text)).build()} puts it, with the same
     * text; only the candidate is parsed (RFC 8839 section 5.1, RFC 8840 section 8.2).
     *
     * @throws SdpParseException if the text is not a candidate; the line number is 1
     * @throws IndexOutOfBoundsException if there is no such section
     */
    public SessionDescription withCandidate(int index, String text) {
        return withMedia(index, MediaDescriptionBuilder.withAttribute(media.get(index).parsedLines(),
                MediaDescriptionBuilder.candidateLine(text), false));
    }

    /**
     * This description with {@code a=end-of-candidates} in media section {@code index}, as {@code
     * toBuilder().editMedia(index, m -> m.endOfCandidates()).build()} gives it (RFC 8840 section 8.2).
     *
     * @throws IndexOutOfBoundsException if there is no such section
     */
    public SessionDescription withEndOfCandidates(int index) {
        return withMedia(index, MediaDescriptionBuilder.withAttribute(media.get(index).parsedLines(),
                END_OF_CANDIDATES, true));
    }

    private static final ParsedLine END_OF_CANDIDATES = LineList.checked(Attribute.of("end-of-candidates"));

    private SessionDescription withMedia(int index, ParsedLines section) {
        List<ParsedLines> sections = new ArrayList<>(media.size());
        for (MediaDescription m : media) {
            sections.add(m.parsedLines());
        }
        sections.set(index, section);
        SessionDescription edited = new SessionDescription(session, sections);
        String before = text;
        if (before != null) {
            // The text is this one's with the one section replaced: copy the rest in two pieces.
            int start = session.textLength();
            for (int i = 0; i < index; i++) {
                start += sections.get(i).textLength();
            }
            int end = start + media.get(index).parsedLines().textLength();
            StringBuilder replaced = new StringBuilder(section.textLength());
            section.appendTo(replaced);
            edited.text = before.substring(0, start) + replaced + before.substring(end);
        }
        return edited;
    }

    /** Sets the text, for a description parsed from exactly what its toString() gives. */
    void writtenAs(String written) {
        text = written;
    }

    /** Every line, session level first, then each media section. */
    public List<SdpLine> lines() {
        List<SdpLine> out = new ArrayList<>(session.lines());
        media.forEach(m -> out.addAll(m.lines()));
        return List.copyOf(out);
    }

    /** The session-level lines, {@code v=} up to the first {@code m=}. */
    public List<SdpLine> sessionLines() {
        return session.lines();
    }

    /** The media sections in order. */
    public List<MediaDescription> media() {
        return media;
    }

    /** The media section with this {@code a=mid} (RFC 5888 section 4). */
    public Optional<MediaDescription> mediaByMid(String mid) {
        for (MediaDescription m : media) {
            Optional<String> own = m.mid();
            if (own.isPresent() && own.get().equals(mid)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The {@code o=} line (RFC 8866 section 5.2). */
    public Origin origin() {
        return session.first(Origin.class).orElseThrow();
    }

    /** The {@code s=} line's text, {@code -} in WebRTC (RFC 8866 section 5.3). */
    public String sessionName() {
        return session.value('s').orElseThrow();
    }

    /** The first {@code t=} line (RFC 8866 section 5.9). */
    public Timing timing() {
        return session.first(Timing.class).orElseThrow();
    }

    /** The session-level {@code c=} line, if any (RFC 8866 section 5.7). */
    public Optional<Connection> connection() {
        return session.first(Connection.class);
    }

    /** The session-level {@code b=} lines (RFC 8866 section 5.8). */
    public List<Bandwidth> bandwidths() {
        return session.all(Bandwidth.class);
    }

    /** Every session-level attribute, known or not, in order. */
    public List<Attribute> attributes() {
        return session.attributes();
    }

    /** The session-level attributes called {@code name}, in order. */
    public List<Attribute> attributes(String name) {
        return session.attributes(name);
    }

    /** The value of the first session-level attribute called {@code name}. */
    public Optional<String> attribute(String name) {
        return session.attributeValue(name);
    }

    /** True if a session-level attribute called {@code name} is present. */
    public boolean hasAttribute(String name) {
        return session.has(name);
    }

    /** The {@code a=group} lines (RFC 5888 section 5). */
    public List<Group> groups() {
        return session.all(Group.class);
    }

    /** The first {@code a=group:BUNDLE} (RFC 9143 section 7). */
    public Optional<Group> bundleGroup() {
        for (Group g : groups()) {
            if (g.isBundle()) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** The {@code a=msid-semantic} line, if any. */
    public Optional<MsidSemantic> msidSemantic() {
        return session.first(MsidSemantic.class);
    }

    /** True if {@code a=extmap-allow-mixed} is present at session level (RFC 8285 section 6). */
    public boolean extmapAllowMixed() {
        return session.has("extmap-allow-mixed");
    }

    /** The session-level {@code a=ice-ufrag} (RFC 8839 section 5.4). */
    public Optional<String> iceUfrag() {
        return session.knownValue("ice-ufrag");
    }

    /** The session-level {@code a=ice-pwd} (RFC 8839 section 5.4). */
    public Optional<String> icePwd() {
        return session.knownValue("ice-pwd");
    }

    /** The session-level {@code a=ice-options} tags (RFC 8839 section 5.6). */
    public List<String> iceOptions() {
        return session.knownValue("ice-options").map(IceOptions::parse).orElse(List.of());
    }

    /** True if {@code a=ice-lite} is present (RFC 8839 section 5.3). */
    public boolean iceLite() {
        return session.has("ice-lite");
    }

    /** The session-level {@code a=fingerprint} lines (RFC 8122 section 5). */
    public List<Fingerprint> fingerprints() {
        return session.all(Fingerprint.class);
    }

    /** The session-level {@code a=setup} (RFC 4145 section 4). */
    public Optional<Setup> setup() {
        return session.first(Setup.class);
    }

    /** The session-level direction attribute, if written (RFC 8866 section 6.7). */
    public Optional<Direction> explicitDirection() {
        return session.first(Direction.class);
    }

    /** The session-level direction; {@link Direction#SENDRECV} if none is written (RFC 8866 section 6.7). */
    public Direction direction() {
        return explicitDirection().orElse(Direction.SENDRECV);
    }

    /** The session-level {@code a=extmap} lines (RFC 8285 section 8). */
    public List<ExtMap> extMaps() {
        return session.all(ExtMap.class);
    }

    /** The description as SDP text, every line ended by CRLF. */
    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            StringBuilder out = new StringBuilder();
            session.appendTo(out);
            media.forEach(m -> m.appendTo(out));
            t = out.toString();
            text = t;
        }
        return t;
    }

    /** Equal if the text is equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SessionDescription other && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
