package io.jrtc.sdp;

import java.util.List;

/**
 * {@code a=msid-semantic}: the session-level declaration of media stream ids from the pre-RFC
 * msid drafts (draft-ietf-mmusic-msid-16 section 4), still written by Chromium as {@code
 * a=msid-semantic: WMS} and by others as {@code a=msid-semantic:WMS *}. RFC 8830 dropped it, but
 * stacks still send it.
 *
 * @param semantics the semantics token, {@code WMS} in WebRTC
 * @param identifiers the stream ids listed after it, or {@code *}
 */
public record MsidSemantic(String semantics, List<String> identifiers) implements TypedAttribute {
    /** The syntax named in parse errors. */
    static final String SYNTAX = "a=msid-semantic:[ ]<semantics>[ <msid>...]";

    /**
     * Validates the fields and copies the list.
     *
     * @throws IllegalArgumentException if a field is not a token
     */
    public MsidSemantic {
        Syntax.token(semantics);
        identifiers = List.copyOf(identifiers);
        identifiers.forEach(Syntax::token);
    }

    static MsidSemantic parse(String value) {
        // Chromium puts a space between the colon and the semantics.
        int start = 0;
        while (start < value.length() && value.charAt(start) == ' ') {
            start++;
        }
        List<String> w = Syntax.words(value.substring(start));
        return new MsidSemantic(w.get(0), w.subList(1, w.size()));
    }

    @Override
    public Attribute toAttribute() {
        StringBuilder out = new StringBuilder(semantics);
        identifiers.forEach(id -> out.append(' ').append(id));
        return Attribute.of("msid-semantic", out.toString());
    }
}
