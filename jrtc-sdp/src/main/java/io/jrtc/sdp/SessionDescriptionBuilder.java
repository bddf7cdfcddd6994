package io.jrtc.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link SessionDescription}: from scratch ({@link SessionDescription#builder()}) or by
 * editing a parsed one ({@link SessionDescription#toBuilder()}), in which case the lines it does not
 * touch stay exactly as they were.
 *
 * <p>Single-valued lines (o=, s=, t=, c=, setup, direction, ICE credentials) are replaced in place.
 * Other attributes are added in call order when building from scratch, and after the last one of
 * the same name when editing. Methods taking raw text check it at once and throw {@link
 * IllegalArgumentException} naming the expected syntax.
 */
public final class SessionDescriptionBuilder {
    private final LineList lines;
    private final List<MediaDescription> media;

    SessionDescriptionBuilder() {
        this(Origin.newSession());
    }

    SessionDescriptionBuilder(Origin origin) {
        this.lines = new LineList(List.of(), LineList.SESSION_ORDER, false);
        this.media = new ArrayList<>();
        lines.setLine('v', "0");
        origin(origin);
        sessionName("-");
        timing(Timing.UNBOUNDED);
    }

    SessionDescriptionBuilder(ParsedLines sessionLines, List<MediaDescription> media) {
        this.lines = new LineList(sessionLines, LineList.SESSION_ORDER, true);
        this.media = new ArrayList<>(media);
    }

    /** Sets the {@code o=} line (RFC 8866 section 5.2). */
    public SessionDescriptionBuilder origin(Origin origin) {
        lines.setLine('o', origin.toValue());
        return this;
    }

    /** Sets the session version of the {@code o=} line, as JSEP does for each new description. */
    public SessionDescriptionBuilder sessionVersion(long version) {
        return origin(currentOrigin().withSessionVersion(version));
    }

    private Origin currentOrigin() {
        if (lines.firstTyped('o') instanceof Origin parsed) {
            return parsed;
        }
        SdpLine o = lines.first('o');
        return o != null ? Origin.parse(o.value()) : Origin.newSession();
    }

    /** Sets the {@code s=} line (RFC 8866 section 5.3). */
    public SessionDescriptionBuilder sessionName(String name) {
        lines.setLine('s', name);
        return this;
    }

    /** Sets the {@code t=} line (RFC 8866 section 5.9). */
    public SessionDescriptionBuilder timing(Timing timing) {
        lines.setLine('t', timing.toValue());
        return this;
    }

    /** Sets the session-level {@code c=} line (RFC 8866 section 5.7). */
    public SessionDescriptionBuilder connection(Connection connection) {
        lines.setLine('c', connection.toValue());
        return this;
    }

    /** Adds a session-level {@code b=} line (RFC 8866 section 5.8). */
    public SessionDescriptionBuilder bandwidth(Bandwidth bandwidth) {
        lines.addLine('b', bandwidth.toValue());
        return this;
    }

    /** Sets the group with this semantics, replacing one already there (RFC 5888 section 5). */
    public SessionDescriptionBuilder group(Group group) {
        lines.removeAttributesIf(a -> a.name().equals("group")
                && a.value().map(v -> v.equals(group.semantics()) || v.startsWith(group.semantics() + " ")).orElse(false));
        lines.addAttribute(group.toAttribute());
        return this;
    }

    /** Sets {@code a=group:BUNDLE} with these mids (RFC 9143 section 7). */
    public SessionDescriptionBuilder bundle(String... mids) {
        return group(Group.bundle(List.of(mids)));
    }

    /** Sets {@code a=msid-semantic}. */
    public SessionDescriptionBuilder msidSemantic(MsidSemantic semantic) {
        lines.setAttribute(semantic.toAttribute());
        return this;
    }

    /** Adds {@code a=extmap-allow-mixed} (RFC 8285 section 6). */
    public SessionDescriptionBuilder extmapAllowMixed() {
        lines.setAttribute(Attribute.of("extmap-allow-mixed"));
        return this;
    }

    /** Sets the session-level {@code a=ice-ufrag} (RFC 8839 section 5.4). */
    public SessionDescriptionBuilder iceUfrag(String ufrag) {
        lines.setAttribute(LineList.checked(Attribute.of("ice-ufrag", ufrag)));
        return this;
    }

    /** Sets the session-level {@code a=ice-pwd} (RFC 8839 section 5.4). */
    public SessionDescriptionBuilder icePwd(String pwd) {
        lines.setAttribute(LineList.checked(Attribute.of("ice-pwd", pwd)));
        return this;
    }

    /** Sets the session-level {@code a=ice-options}, e.g. {@code "trickle"} (RFC 8839 section 5.6). */
    public SessionDescriptionBuilder iceOptions(String... tags) {
        lines.setAttribute(LineList.checked(Attribute.of("ice-options", String.join(" ", tags))));
        return this;
    }

    /** Adds {@code a=ice-lite} (RFC 8839 section 5.3). */
    public SessionDescriptionBuilder iceLite() {
        lines.setAttribute(Attribute.of("ice-lite"));
        return this;
    }

    /** Adds a session-level {@code a=fingerprint} (RFC 8122 section 5). */
    public SessionDescriptionBuilder fingerprint(Fingerprint fingerprint) {
        lines.addAttribute(fingerprint.toAttribute());
        return this;
    }

    /** Sets the session-level {@code a=setup} (RFC 4145 section 4). */
    public SessionDescriptionBuilder setup(Setup setup) {
        lines.setAttribute(setup.toAttribute());
        return this;
    }

    /** Sets the session-level direction, replacing any direction attribute (RFC 8866 section 6.7). */
    public SessionDescriptionBuilder direction(Direction direction) {
        lines.setAttribute(n -> Direction.fromAttributeName(n).isPresent(), direction.toAttribute());
        return this;
    }

    /** Adds a session-level {@code a=extmap} (RFC 8285 section 8). */
    public SessionDescriptionBuilder extMap(ExtMap extMap) {
        lines.addAttribute(extMap.toAttribute());
        return this;
    }

    /** Adds a typed attribute after the last one of the same name. */
    public SessionDescriptionBuilder attribute(TypedAttribute attribute) {
        lines.addAttribute(attribute.toAttribute());
        return this;
    }

    /**
     * Adds a property attribute, e.g. {@code attribute("ice-lite")}.
     *
     * @throws IllegalArgumentException if the name is not a token or a known attribute needs a value
     */
    public SessionDescriptionBuilder attribute(String name) {
        lines.addAttribute(LineList.checked(Attribute.of(name)));
        return this;
    }

    /**
     * Adds a value attribute as written, known or not, e.g. {@code attribute("x-custom", "1")}.
     *
     * @throws IllegalArgumentException if it holds NUL, CR or LF, or a known attribute is malformed
     */
    public SessionDescriptionBuilder attribute(String name, String value) {
        lines.addAttribute(LineList.checked(Attribute.of(name, value)));
        return this;
    }

    /** Removes every session-level attribute called {@code name}. */
    public SessionDescriptionBuilder removeAttributes(String name) {
        lines.removeAttributes(name::equals);
        return this;
    }

    /** Appends a media section. */
    public SessionDescriptionBuilder addMedia(MediaDescription section) {
        media.add(section);
        return this;
    }

    /** Replaces the media section at {@code index}. */
    public SessionDescriptionBuilder setMedia(int index, MediaDescription section) {
        media.set(index, section);
        return this;
    }

    /** Edits the media section at {@code index}, e.g. {@code editMedia(0, m -> m.direction(SENDONLY))}. */
    public SessionDescriptionBuilder editMedia(int index, UnaryOperator<MediaDescriptionBuilder> edit) {
        media.set(index, edit.apply(media.get(index).toBuilder()).build());
        return this;
    }

    /** Edits the media section with this mid; does nothing if there is none. */
    public SessionDescriptionBuilder editMedia(String mid, UnaryOperator<MediaDescriptionBuilder> edit) {
        for (int i = 0; i < media.size(); i++) {
            Optional<String> m = media.get(i).mid();
            if (m.isPresent() && m.get().equals(mid)) {
                editMedia(i, edit);
            }
        }
        return this;
    }

    /** Removes the media section at {@code index}. */
    public SessionDescriptionBuilder removeMedia(int index) {
        media.remove(index);
        return this;
    }

    /** The media sections added so far. */
    public List<MediaDescription> media() {
        return List.copyOf(media);
    }

    /**
     * Builds the description. It is validated exactly as a parsed one, so its text parses back to
     * an equal description.
     *
     * @throws SdpParseException if the lines do not form a valid description (only possible if
     *     required session lines were removed)
     */
    public SessionDescription build() {
        // The media sections are valid already (parsed or built); only new session lines are parsed.
        return SdpParser.assemble(lines.lines(), lines.known(), media);
    }
}
