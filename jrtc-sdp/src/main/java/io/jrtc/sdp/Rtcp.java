package io.jrtc.sdp;

import java.util.Optional;

/**
 * {@code a=rtcp}: the port (and optionally address) for RTCP when it is not the RTP port plus one
 * (RFC 3605 section 2.1), e.g. {@code a=rtcp:9 IN IP4 0.0.0.0}. With {@code a=rtcp-mux} it is
 * informational only.
 *
 * @param port the RTCP port
 * @param connection the RTCP address, if written
 */
public record Rtcp(int port, Optional<Connection> connection) implements TypedAttribute {
    /** The syntax named in parse errors. */
    static final String SYNTAX = "a=rtcp:<port>[ <nettype> <addrtype> <connection-address>]";

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the port is out of range
     */
    public Rtcp {
        Syntax.require(port >= 0 && port <= 65535, "port out of range", port);
        Syntax.require(connection != null, "connection must not be null; use Optional.empty()");
    }

    static Rtcp parse(String value) {
        int sp = value.indexOf(' ');
        if (sp < 0) {
            return new Rtcp(Syntax.port(value), Optional.empty());
        }
        return new Rtcp(
                Syntax.port(value.substring(0, sp)),
                Optional.of(Connection.parse(value.substring(sp + 1))));
    }

    @Override
    public Attribute toAttribute() {
        return Attribute.of("rtcp", port + connection.map(c -> " " + c.toValue()).orElse(""));
    }
}
