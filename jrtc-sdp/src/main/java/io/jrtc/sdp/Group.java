package io.jrtc.sdp;

import java.util.List;

/**
 * {@code a=group}: media sections that belong together (RFC 5888 section 5), in WebRTC the
 * {@code BUNDLE} group of sections sharing one transport (RFC 9143 section 7).
 *
 * @param semantics what the grouping means, e.g. {@code BUNDLE} or {@code LS}
 * @param mids the identification tags ({@code a=mid}) of the grouped sections, in order
 */
public record Group(String semantics, List<String> mids) implements TypedAttribute {
    /** The syntax named in parse errors. */
    static final String SYNTAX = "a=group:<semantics>[ <identification-tag>...]";

    /** The semantics of bundling (RFC 9143). */
    public static final String BUNDLE = "BUNDLE";

    /**
     * Validates the fields and copies the list.
     *
     * @throws IllegalArgumentException if the semantics or a mid is not a token
     */
    public Group {
        Syntax.token(semantics);
        mids = List.copyOf(mids);
        mids.forEach(Syntax::token);
    }

    /** A {@code BUNDLE} group of the given mids. */
    public static Group bundle(List<String> mids) {
        return new Group(BUNDLE, mids);
    }

    /** True if this is a {@code BUNDLE} group. */
    public boolean isBundle() {
        return BUNDLE.equals(semantics);
    }

    static Group parse(String value) {
        List<String> w = Syntax.words(value);
        return new Group(w.get(0), w.subList(1, w.size()));
    }

    @Override
    public Attribute toAttribute() {
        StringBuilder out = new StringBuilder(semantics);
        mids.forEach(m -> out.append(' ').append(m));
        return Attribute.of("group", out.toString());
    }
}
