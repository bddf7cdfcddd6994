package io.jrtc.sdp;

import java.util.Optional;

/**
 * An attribute as written on an {@code a=} line (RFC 8866 section 5.13): {@code a=<name>} (a
 * property attribute, no value) or {@code a=<name>:<value>}.
 *
 * <p>This is the untyped form of every attribute, known or not. The value is kept exactly as
 * written, including a leading space (Chromium writes {@code a=msid-semantic: WMS}).
 *
 * @param name the attribute name, an SDP token
 * @param value the text after the first {@code ':'}, or empty for a property attribute
 */
public record Attribute(String name, Optional<String> value) {
    /**
     * Validates the attribute.
     *
     * @throws IllegalArgumentException if the name is not a token or the value holds NUL, CR or LF
     */
    public Attribute {
        Syntax.require(Syntax.isToken(name), "attribute name must be an SDP token", name);
        Syntax.require(value != null, "value must not be null; use Optional.empty()");
        value.ifPresent(Syntax::lineText);
    }

    /** A property attribute such as {@code a=rtcp-mux}. */
    public static Attribute of(String name) {
        return new Attribute(name, Optional.empty());
    }

    /** A value attribute such as {@code a=mid:0}. */
    public static Attribute of(String name, String value) {
        return new Attribute(name, Optional.of(value));
    }

    /** Parses the text after {@code a=}: the name runs up to the first colon. */
    static Attribute parse(String text) {
        int colon = text.indexOf(':');
        return colon < 0
                ? of(text)
                : of(text.substring(0, colon), text.substring(colon + 1));
    }

    /** The value, or {@code ""} for a property attribute. */
    public String valueOrEmpty() {
        return value.orElse("");
    }

    /** The {@code a=} line for this attribute. */
    public SdpLine toLine() {
        return new SdpLine('a', text());
    }

    /** The text after {@code a=}: {@code name} or {@code name:value}. */
    String text() {
        return value.map(v -> name + ":" + v).orElse(name);
    }

    /** The line as written, e.g. {@code a=mid:0}. */
    @Override
    public String toString() {
        return "a=" + text();
    }
}
