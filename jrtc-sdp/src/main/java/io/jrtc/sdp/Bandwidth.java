package io.jrtc.sdp;

/**
 * The {@code b=} line: proposed bandwidth (RFC 8866 section 5.8), e.g. {@code b=AS:2000} in
 * kilobits per second or {@code b=TIAS:2000000} in bits per second (RFC 3890).
 *
 * @param type the bandwidth type, e.g. {@code "AS"}, {@code "TIAS"}, {@code "CT"}
 * @param bandwidth the value, in the unit the type defines
 */
public record Bandwidth(String type, long bandwidth) {
    /** The syntax named in parse errors. */
    static final String SYNTAX = "b=<bwtype>:<bandwidth>";

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the type is not a token or the value is negative
     */
    public Bandwidth {
        Syntax.token(type);
        Syntax.require(bandwidth >= 0, "bandwidth must not be negative");
    }

    static Bandwidth parse(String value) {
        int colon = value.indexOf(':');
        Syntax.require(colon > 0);
        return new Bandwidth(
                value.substring(0, colon), Syntax.number(value.substring(colon + 1), 0, Long.MAX_VALUE));
    }

    String toValue() {
        return type + ":" + bandwidth;
    }
}
