package io.jrtc.sdp;

/**
 * Validates single lines and gives them their typed meaning. Fails with {@link
 * IllegalArgumentException}; {@link #syntax(SdpLine)} names what was expected.
 */
final class LineParser {
    private LineParser() {}

    /**
     * Parses one line.
     *
     * @throws IllegalArgumentException if the line is malformed
     */
    static ParsedLine parse(SdpLine line) {
        String v = line.value();
        return switch (line.type()) {
            case 'v' -> {
                // RFC 8866 section 5.1: there is no version but 0.
                Syntax.require(v.equals("0"));
                yield new ParsedLine(line, null, null);
            }
            case 'o' -> new ParsedLine(line, null, Origin.parse(v));
            case 't' -> new ParsedLine(line, null, Timing.parse(v));
            case 'c' -> new ParsedLine(line, null, Connection.parse(v));
            case 'b' -> new ParsedLine(line, null, Bandwidth.parse(v));
            case 'm' -> new ParsedLine(line, null, MediaLine.parse(v));
            case 'a' -> parseAttribute(line);
            // s, i, u, e, p, r, z, k: free text that WebRTC does not interpret.
            default -> new ParsedLine(line, null, null);
        };
    }

    private static ParsedLine parseAttribute(SdpLine line) {
        Attribute attribute = Attribute.parse(line.value());
        return new ParsedLine(line, attribute, KnownAttributes.parse(attribute));
    }

    /** The syntax to name when {@code line} fails to parse. */
    static String syntax(SdpLine line) {
        return switch (line.type()) {
            case 'v' -> "v=0";
            case 'o' -> Origin.SYNTAX;
            case 't' -> Timing.SYNTAX;
            case 'c' -> Connection.SYNTAX;
            case 'b' -> Bandwidth.SYNTAX;
            case 'm' -> MediaLine.SYNTAX;
            case 'a' -> KnownAttributes.syntax(attributeName(line.value()));
            default -> line.type() + "=<text>";
        };
    }

    private static String attributeName(String value) {
        int colon = value.indexOf(':');
        return colon < 0 ? value : value.substring(0, colon);
    }
}
