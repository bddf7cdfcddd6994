package io.jrtc.sdp;

import java.util.List;
import java.util.Optional;

/**
 * {@code a=extmap}: maps a local RTP header extension id to the URI naming the extension (RFC 8285
 * section 8), e.g. {@code a=extmap:3 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time}.
 *
 * @param id the extension id: 1-14 fit the one-byte header, up to 255 need the two-byte header,
 *     and 4096-4351 may appear in offers (RFC 8285 section 7)
 * @param direction the direction this extension is used in, if limited
 * @param uri the URI that names the extension
 * @param extensionAttributes text after the URI, kept as written, if any
 */
public record ExtMap(int id, Optional<Direction> direction, String uri, Optional<String> extensionAttributes)
        implements TypedAttribute {

    /** The syntax named in parse errors. */
    static final String SYNTAX = "a=extmap:<id>[/<direction>] <uri>[ <extension attributes>]";

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the id is out of range or the URI holds a space
     */
    public ExtMap {
        Syntax.require(
                (id >= 1 && id <= 255) || (id >= 4096 && id <= 4351),
                "extmap id must be 1-255 or 4096-4351: " + id);
        Syntax.require(direction != null && extensionAttributes != null, "optional fields must not be null");
        Syntax.word(uri);
        extensionAttributes.ifPresent(a -> Syntax.require(!a.isEmpty(), "extension attributes must not be empty"));
        extensionAttributes.ifPresent(Syntax::lineText);
    }

    /** An extension used in both directions, without extension attributes. */
    public ExtMap(int id, String uri) {
        this(id, Optional.empty(), uri, Optional.empty());
    }

    static ExtMap parse(String value) {
        List<String> parts = splitFirstTwo(value);
        String idText = parts.get(0);
        int slash = idText.indexOf('/');
        Optional<Direction> direction = Optional.empty();
        if (slash >= 0) {
            direction = Optional.of(Direction.fromString(idText.substring(slash + 1)));
            idText = idText.substring(0, slash);
        }
        int id = Syntax.integer(idText, 1, 4351);
        Optional<String> rest = parts.size() > 2 ? Optional.of(parts.get(2)) : Optional.empty();
        return new ExtMap(id, direction, parts.get(1), rest);
    }

    /** Splits into the id, the URI and, if present, everything after the URI. */
    private static List<String> splitFirstTwo(String value) {
        int sp1 = value.indexOf(' ');
        Syntax.require(sp1 > 0);
        int sp2 = value.indexOf(' ', sp1 + 1);
        if (sp2 < 0) {
            return List.of(value.substring(0, sp1), value.substring(sp1 + 1));
        }
        return List.of(value.substring(0, sp1), value.substring(sp1 + 1, sp2), value.substring(sp2 + 1));
    }

    @Override
    public Attribute toAttribute() {
        StringBuilder out = new StringBuilder().append(id);
        direction.ifPresent(d -> out.append('/').append(d));
        out.append(' ').append(uri);
        extensionAttributes.ifPresent(a -> out.append(' ').append(a));
        return Attribute.of("extmap", out.toString());
    }
}
