package io.jrtc.webrtc.internal.config;

import io.jrtc.webrtc.RTCErrorName;
import io.jrtc.webrtc.RTCException;
import java.util.Locale;

/**
 * One parsed ICE server URL: {@code stun:host[:port]} or {@code stuns:...} (RFC 7064 section 3.1),
 * {@code turn:host[:port][?transport=udp|tcp]} or {@code turns:...} (RFC 7065 section 3.1).
 *
 * @param scheme {@code stun}, {@code stuns}, {@code turn} or {@code turns}, lower case
 * @param host the host: a name, an IPv4 literal, or an IPv6 literal without brackets
 * @param port the port: as written, else 3478, or 5349 for the TLS schemes
 * @param transport {@code udp} or {@code tcp} if a TURN URL names one, else null
 */
public record IceServerUrl(String scheme, String host, int port, String transport) {
    /** The default port of stun: and turn: (RFC 8489 section 18.5). */
    public static final int DEFAULT_PORT = 3478;
    /** The default port of stuns: and turns: (RFC 8489 section 18.5). */
    public static final int DEFAULT_TLS_PORT = 5349;

    /** True for turn: and turns:, which need a username and credential. */
    public boolean isTurn() {
        return scheme.startsWith("turn");
    }

    /** True for stuns: and turns: (TLS). */
    public boolean isSecure() {
        return scheme.endsWith("s");
    }

    /**
     * Parses a URL as the spec's "validate an ICE server" step does.
     *
     * @throws RTCException a SyntaxError naming the problem if it is not such a URL
     */
    public static IceServerUrl parse(String url) {
        if (url == null || url.isEmpty()) {
            throw bad(url, "it is empty");
        }
        int colon = url.indexOf(':');
        if (colon <= 0) {
            throw bad(url, "it has no scheme; write stun:host, stuns:, turn: or turns:");
        }
        String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("stun") && !scheme.equals("stuns") && !scheme.equals("turn") && !scheme.equals("turns")) {
            throw bad(url, "the scheme must be stun, stuns, turn or turns");
        }
        String rest = url.substring(colon + 1);
        String transport = null;
        int query = rest.indexOf('?');
        if (query >= 0) {
            if (!scheme.startsWith("turn")) {
                throw bad(url, "only turn: and turns: URLs take a ?transport= query");
            }
            String q = rest.substring(query + 1);
            if (!q.equals("transport=udp") && !q.equals("transport=tcp")) {
                throw bad(url, "the query must be ?transport=udp or ?transport=tcp");
            }
            transport = q.substring("transport=".length());
            rest = rest.substring(0, query);
        }
        if (rest.startsWith("//")) {
            throw bad(url, "these URLs have no '//'; write " + scheme + ":host:port");
        }
        String host;
        String portText = null;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close < 0) {
                throw bad(url, "an IPv6 address needs its closing ']'");
            }
            host = rest.substring(1, close);
            if (host.isEmpty() || !host.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0)) {
                throw bad(url, "the bracketed host is not an IPv6 address");
            }
            String after = rest.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw bad(url, "expected ':port' after the IPv6 address");
                }
                portText = after.substring(1);
            }
        } else {
            int c = rest.lastIndexOf(':');
            host = c >= 0 ? rest.substring(0, c) : rest;
            portText = c >= 0 ? rest.substring(c + 1) : null;
            if (host.isEmpty() || !host.chars().allMatch(IceServerUrl::isHostChar)) {
                throw bad(url, "the host must be a name or an IP address");
            }
        }
        int port = scheme.endsWith("s") ? DEFAULT_TLS_PORT : DEFAULT_PORT;
        if (portText != null) {
            if (portText.isEmpty() || portText.length() > 5 || !portText.chars().allMatch(Character::isDigit)) {
                throw bad(url, "the port must be a number from 1 to 65535");
            }
            port = Integer.parseInt(portText);
            if (port < 1 || port > 65535) {
                throw bad(url, "the port must be a number from 1 to 65535");
            }
        }
        return new IceServerUrl(scheme, host, port, transport);
    }

    /** RFC 3986 reg-name characters without percent-encoding, which no ICE server needs. */
    private static boolean isHostChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static RTCException bad(String url, String why) {
        return new RTCException(RTCErrorName.SYNTAX_ERROR, "Invalid ICE server URL '" + url + "': " + why);
    }
}
