package io.jrtc.sdp;

import java.security.SecureRandom;
import java.util.List;

/**
 * The {@code o=} line: who created the session and which version of it this is (RFC 8866 section
 * 5.2).
 *
 * @param username the user's login, {@code "-"} in WebRTC
 * @param sessionId a numeric string that identifies the session; kept as text because it may be
 *     longer than a {@code long}
 * @param sessionVersion incremented by JSEP each time the description changes (RFC 9429 section
 *     5.3.2)
 * @param netType the network type, {@code "IN"}
 * @param addrType the address type, {@code "IP4"} or {@code "IP6"}
 * @param address the address of the machine that created the session; WebRTC uses a meaningless
 *     one
 */
public record Origin(
        String username,
        String sessionId,
        long sessionVersion,
        String netType,
        String addrType,
        String address) {

    /** The syntax named in parse errors. */
    static final String SYNTAX =
            "o=<username> <sess-id> <sess-version> <nettype> <addrtype> <unicast-address>";

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if a field is empty, holds a space, or the id is not digits
     */
    public Origin {
        Syntax.word(username);
        Syntax.require(Syntax.isDigits(sessionId), "sess-id must be digits", sessionId);
        Syntax.require(sessionVersion >= 0, "sess-version must not be negative");
        Syntax.token(netType);
        Syntax.token(addrType);
        Syntax.word(address);
    }

    /**
     * A new origin as JSEP creates it (RFC 9429 section 5.2.1): user {@code -}, a random 63-bit
     * session id, version 0, and the meaningless address {@code IN IP4 0.0.0.0}.
     */
    public static Origin newSession() {
        long id = RANDOM.nextLong() & Long.MAX_VALUE;
        return new Origin("-", Long.toString(id), 0, "IN", "IP4", "0.0.0.0");
    }

    /** This origin with another session version, as JSEP writes each new description. */
    public Origin withSessionVersion(long version) {
        return new Origin(username, sessionId, version, netType, addrType, address);
    }

    static Origin parse(String value) {
        List<String> w = Syntax.words(value);
        Syntax.require(w.size() == 6);
        long version = Syntax.number(w.get(2), 0, Long.MAX_VALUE);
        return new Origin(w.get(0), w.get(1), version, w.get(3), w.get(4), w.get(5));
    }

    String toValue() {
        return String.join(
                " ", username, sessionId, Long.toString(sessionVersion), netType, addrType, address);
    }
}
