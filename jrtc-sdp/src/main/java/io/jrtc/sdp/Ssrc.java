package io.jrtc.sdp;

import java.util.Optional;

/**
 * {@code a=ssrc}: a source attribute of one RTP synchronization source (RFC 5576 section 4.1), e.g.
 * {@code a=ssrc:1001 cname:4TOk42mSjXCkVIa6} or {@code a=ssrc:1001 msid:stream track}.
 *
 * @param ssrc the synchronization source, 0 to 2^32-1
 * @param attribute the source attribute name, e.g. {@code cname}, {@code msid}
 * @param value the source attribute value after the colon, if any
 */
public record Ssrc(long ssrc, String attribute, Optional<String> value) implements TypedAttribute {
    /** The syntax named in parse errors. */
    static final String SYNTAX = "a=ssrc:<ssrc-id> <attribute>[:<value>]";

    /** The largest SSRC, 2^32-1 (RFC 3550 section 5.1). */
    static final long MAX_SSRC = 0xffff_ffffL;

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the SSRC is out of range or the attribute is not a token
     */
    public Ssrc {
        Syntax.require(ssrc >= 0 && ssrc <= MAX_SSRC, "ssrc must be 0 to 2^32-1", ssrc);
        Syntax.token(attribute);
        Syntax.require(value != null, "value must not be null; use Optional.empty()");
        value.ifPresent(Syntax::lineText);
    }

    /** A source attribute with a value, e.g. {@code of(1001, "cname", "abc")}. */
    public static Ssrc of(long ssrc, String attribute, String value) {
        return new Ssrc(ssrc, attribute, Optional.of(value));
    }

    static Ssrc parse(String value) {
        int sp = value.indexOf(' ');
        Syntax.require(sp > 0);
        long ssrc = Syntax.number(value.substring(0, sp), 0, MAX_SSRC);
        Attribute a = Attribute.parse(value.substring(sp + 1));
        return new Ssrc(ssrc, a.name(), a.value());
    }

    @Override
    public Attribute toAttribute() {
        return Attribute.of("ssrc", ssrc + " " + attribute + value.map(v -> ":" + v).orElse(""));
    }
}
