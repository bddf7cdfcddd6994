package io.jrtc.sdp;

/**
 * Writes a new session description line by line, in the order of the calls, and validates it once
 * at the end by parsing the text ({@link #build()}). For code that writes many descriptions (JSEP
 * writes one per offer and answer): no lookups and no intermediate lines, where {@link
 * SessionDescriptionBuilder} keeps every line editable and checks each one as it is added.
 *
 * <p>Lines go out exactly in call order: the caller writes them in the order RFC 8866 section 5
 * gives (session attributes, then each {@code m=} line followed by its {@code c=} line and its
 * attributes). A description written with the same calls through {@link
 * SessionDescription#builder(Origin)} (and {@link MediaDescription#builder(MediaLine)} with
 * explicit formats) has the same text.
 *
 * <pre>{@code
 * SessionDescription offer = SessionDescriptionWriter.start(origin)
 *         .attribute(Group.bundle(List.of("0")))
 *         .media(new MediaLine("application", 9, "UDP/DTLS/SCTP", List.of("webrtc-datachannel")))
 *         .connection(Connection.UNSPECIFIED_IP4)
 *         .attribute("mid", "0")
 *         .build();
 * }</pre>
 */
public final class SessionDescriptionWriter {
    private final StringBuilder text = new StringBuilder(1024);

    private SessionDescriptionWriter(Origin origin) {
        // The four lines SessionDescription.builder() starts with (RFC 9429 section 5.2.1).
        text.append("v=0\r\n");
        line('o', origin.toValue());
        text.append("s=-\r\n");
        line('t', Timing.UNBOUNDED.toValue());
    }

    /** Starts a description with {@code v=0}, this {@code o=} line, {@code s=-} and {@code t=0 0}. */
    public static SessionDescriptionWriter start(Origin origin) {
        return new SessionDescriptionWriter(origin);
    }

    /** Writes an {@code m=} line, opening a media section (RFC 8866 section 5.14). */
    public SessionDescriptionWriter media(MediaLine mediaLine) {
        return line('m', mediaLine.toValue());
    }

    /** Writes a {@code c=} line (RFC 8866 section 5.7). */
    public SessionDescriptionWriter connection(Connection connection) {
        return line('c', connection.toValue());
    }

    /** Writes a typed attribute. */
    public SessionDescriptionWriter attribute(TypedAttribute attribute) {
        text.append("a=").append(attribute.toAttribute().text()).append("\r\n");
        return this;
    }

    /**
     * Writes a property attribute, e.g. {@code attribute("bundle-only")}.
     *
     * @throws IllegalArgumentException if the name is not an SDP token
     */
    public SessionDescriptionWriter attribute(String name) {
        Syntax.token(name);
        text.append("a=").append(name).append("\r\n");
        return this;
    }

    /**
     * Writes a value attribute, e.g. {@code attribute("mid", "0")}; a known attribute's value is
     * checked by {@link #build()}.
     *
     * @throws IllegalArgumentException if the name is not an SDP token or the value holds NUL, CR
     *     or LF
     */
    public SessionDescriptionWriter attribute(String name, String value) {
        Syntax.token(name);
        Syntax.lineText(value);
        text.append("a=").append(name).append(':').append(value).append("\r\n");
        return this;
    }

    /**
     * Writes a codec's rtpmap, then its feedback, then its fmtp, as {@link
     * MediaDescriptionBuilder#codec(Codec)} does. Feedback written for {@code *} is not repeated.
     */
    public SessionDescriptionWriter codec(Codec codec) {
        codec.rtpMap().ifPresent(this::attribute);
        for (RtcpFeedback f : codec.feedback()) {
            if (f.payloadType().isPresent()) {
                attribute(f);
            }
        }
        codec.fmtp().ifPresent(this::attribute);
        return this;
    }

    private SessionDescriptionWriter line(char type, String value) {
        text.append(type).append('=').append(value).append("\r\n");
        return this;
    }

    /**
     * Parses what was written, with every check {@link SessionDescription#parse(String)} makes.
     *
     * @throws SdpParseException if the lines do not form a valid description
     */
    public SessionDescription build() {
        String written = text.toString();
        SessionDescription parsed = SdpParser.parse(written);
        // Every line was written as <type>=<value> CRLF, which is how the parsed lines write back.
        parsed.writtenAs(written);
        return parsed;
    }
}
