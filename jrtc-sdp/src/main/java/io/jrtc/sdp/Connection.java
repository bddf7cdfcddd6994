package io.jrtc.sdp;

import java.util.List;

/**
 * Connection data: network type, address type and address, as on a {@code c=} line (RFC 8866
 * section 5.7) or at the end of {@code a=rtcp} (RFC 3605). WebRTC writes {@code c=IN IP4 0.0.0.0}
 * and carries real addresses in candidates.
 *
 * @param netType the network type, {@code "IN"}
 * @param addrType the address type, {@code "IP4"} or {@code "IP6"}
 * @param address the address, possibly with a multicast {@code /ttl} suffix, kept as written
 */
public record Connection(String netType, String addrType, String address) {
    /** The syntax named in parse errors. */
    static final String SYNTAX = "c=<nettype> <addrtype> <connection-address>";

    /** {@code IN IP4 0.0.0.0}, the placeholder JSEP writes (RFC 9429 section 5.2.1). */
    public static final Connection UNSPECIFIED_IP4 = new Connection("IN", "IP4", "0.0.0.0");

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if a field is empty or holds a space
     */
    public Connection {
        Syntax.token(netType);
        Syntax.token(addrType);
        Syntax.word(address);
    }

    /** An {@code IN IP4} or {@code IN IP6} connection, chosen by whether the address has a colon. */
    public static Connection of(String address) {
        return new Connection("IN", address.indexOf(':') >= 0 ? "IP6" : "IP4", address);
    }

    static Connection parse(String value) {
        List<String> w = Syntax.words(value);
        Syntax.require(w.size() == 3);
        return new Connection(w.get(0), w.get(1), w.get(2));
    }

    String toValue() {
        return netType + " " + addrType + " " + address;
    }
}
