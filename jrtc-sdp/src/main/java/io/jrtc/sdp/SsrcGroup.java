package io.jrtc.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code a=ssrc-group}: synchronization sources that belong together (RFC 5576 section 4.2), e.g.
 * {@code a=ssrc-group:FID 1001 1002} for a stream and its retransmission stream (RFC 4588), or
 * {@code SIM} for simulcast layers.
 *
 * @param semantics what the grouping means, e.g. {@code FID}, {@code SIM}, {@code FEC-FR}
 * @param ssrcs the sources in order
 */
public record SsrcGroup(String semantics, List<Long> ssrcs) implements TypedAttribute {
    /** The syntax named in parse errors. */
    static final String SYNTAX = "a=ssrc-group:<semantics>[ <ssrc-id>...]";

    /**
     * Validates the fields and copies the list.
     *
     * @throws IllegalArgumentException if the semantics is not a token or an SSRC is out of range
     */
    public SsrcGroup {
        Syntax.token(semantics);
        ssrcs = List.copyOf(ssrcs);
        ssrcs.forEach(s -> Syntax.require(s >= 0 && s <= Ssrc.MAX_SSRC, "ssrc must be 0 to 2^32-1", s));
    }

    static SsrcGroup parse(String value) {
        List<String> w = Syntax.words(value);
        List<Long> ssrcs = new ArrayList<>();
        for (String s : w.subList(1, w.size())) {
            ssrcs.add(Syntax.number(s, 0, Ssrc.MAX_SSRC));
        }
        return new SsrcGroup(w.get(0), ssrcs);
    }

    @Override
    public Attribute toAttribute() {
        StringBuilder out = new StringBuilder(semantics);
        ssrcs.forEach(s -> out.append(' ').append(s));
        return Attribute.of("ssrc-group", out.toString());
    }
}
