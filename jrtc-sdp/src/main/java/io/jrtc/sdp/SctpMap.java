package io.jrtc.sdp;

import java.util.List;
import java.util.OptionalInt;

/**
 * {@code a=sctpmap}: the legacy way to describe an SCTP association, from
 * draft-ietf-mmusic-sctp-sdp-05 section 5, e.g. {@code a=sctpmap:5000 webrtc-datachannel 1024}.
 * RFC 8841 replaced it with {@code a=sctp-port}; old stacks still send it with {@code m=application
 * 9 DTLS/SCTP 5000}.
 *
 * @param port the SCTP port, also the format on the m= line
 * @param protocol the application protocol, {@code webrtc-datachannel}
 * @param streams the number of streams, if written
 */
public record SctpMap(int port, String protocol, OptionalInt streams) implements TypedAttribute {
    /** The syntax named in parse errors. */
    static final String SYNTAX = "a=sctpmap:<port> <protocol>[ <streams>]";

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the port is out of range or the protocol is not a token
     */
    public SctpMap {
        Syntax.require(port >= 0 && port <= 65535, "port out of range", port);
        Syntax.token(protocol);
        Syntax.require(streams != null, "streams must not be null; use OptionalInt.empty()");
        streams.ifPresent(n -> Syntax.require(n >= 0 && n <= 65535, "streams out of range", n));
    }

    static SctpMap parse(String value) {
        List<String> w = Syntax.words(value);
        Syntax.require(w.size() == 2 || w.size() == 3);
        OptionalInt streams = w.size() == 3 ? OptionalInt.of(Syntax.integer(w.get(2), 0, 65535)) : OptionalInt.empty();
        return new SctpMap(Syntax.port(w.get(0)), w.get(1), streams);
    }

    @Override
    public Attribute toAttribute() {
        String tail = streams.isPresent() ? " " + streams.getAsInt() : "";
        return Attribute.of("sctpmap", port + " " + protocol + tail);
    }
}
