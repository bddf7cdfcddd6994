package io.jrtc.ice.turn;

import java.util.Locale;
import java.util.Objects;

/**
 * A TURN server URI (RFC 7065): {@code turn:host[:port][?transport=udp|tcp]} or
 * {@code turns:host[:port][?transport=tcp]}. The host stays a name or literal; resolving it is the
 * runtime's job, since a sans-IO core never does I/O.
 *
 * @param secure true for {@code turns:}
 * @param host a host name, IPv4 literal or IPv6 literal (without brackets)
 * @param port the port: given, or 3478 for {@code turn:} and 5349 for {@code turns:} (RFC 7065 §3)
 * @param transport UDP, TCP, or TLS for {@code turns:}
 */
public record TurnServerUrl(boolean secure, String host, int port, TurnTransport transport) {
    /** Default port for {@code turn:} (RFC 8656 §3.1). */
    public static final int DEFAULT_PORT = 3478;
    /** Default port for {@code turns:} (RFC 8656 §3.1). */
    public static final int DEFAULT_TLS_PORT = 5349;

    public TurnServerUrl {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(transport, "transport");
        if (host.isEmpty()) {
            throw new IllegalArgumentException("TURN URL without a host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("TURN URL port must be 1-65535, got " + port);
        }
        if (secure != (transport == TurnTransport.TLS)) {
            throw new IllegalArgumentException("turns: goes with TLS and turn: with UDP or TCP, got "
                    + (secure ? "turns:" : "turn:") + " with " + transport);
        }
    }

    /**
     * Parses a {@code turn:} or {@code turns:} URI.
     *
     * @throws IllegalArgumentException saying what is wrong, e.g. an unknown scheme or transport
     */
    public static TurnServerUrl parse(String url) {
        Objects.requireNonNull(url, "url");
        String lower = url.toLowerCase(Locale.ROOT);
        boolean secure;
        String rest;
        if (lower.startsWith("turns:")) {
            secure = true;
            rest = url.substring(6);
        } else if (lower.startsWith("turn:")) {
            secure = false;
            rest = url.substring(5);
        } else {
            throw new IllegalArgumentException("not a TURN URL (expected turn: or turns:): " + url);
        }
        TurnTransport transport = secure ? TurnTransport.TLS : TurnTransport.UDP;
        int q = rest.indexOf('?');
        if (q >= 0) {
            transport = parseQuery(rest.substring(q + 1), secure, url);
            rest = rest.substring(0, q);
        }
        return parseHostPort(rest, secure, transport, url);
    }

    // RFC 7065 §3: the only query is "transport=udp" or "transport=tcp"; "turns" with udp would be
    // DTLS, which this client does not speak.
    private static TurnTransport parseQuery(String query, boolean secure, String url) {
        String q = query.toLowerCase(Locale.ROOT);
        if (q.equals("transport=tcp")) {
            return secure ? TurnTransport.TLS : TurnTransport.TCP;
        }
        if (q.equals("transport=udp")) {
            if (secure) {
                throw new IllegalArgumentException("turns: over UDP (DTLS) is not supported: " + url);
            }
            return TurnTransport.UDP;
        }
        throw new IllegalArgumentException("unknown TURN URL query (expected transport=udp or transport=tcp): " + url);
    }

    private static TurnServerUrl parseHostPort(String hostPort, boolean secure, TurnTransport transport, String url) {
        String host;
        String portText = null;
        if (hostPort.startsWith("[")) {
            int end = hostPort.indexOf(']');
            if (end < 0) {
                throw new IllegalArgumentException("unclosed IPv6 literal in TURN URL: " + url);
            }
            host = hostPort.substring(1, end);
            String after = hostPort.substring(end + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw new IllegalArgumentException("unexpected text after the IPv6 literal in TURN URL: " + url);
                }
                portText = after.substring(1);
            }
        } else {
            int colon = hostPort.lastIndexOf(':');
            host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            portText = colon < 0 ? null : hostPort.substring(colon + 1);
            if (host.indexOf(':') >= 0 || host.indexOf('/') >= 0 || host.indexOf('@') >= 0) {
                throw new IllegalArgumentException("bad host in TURN URL (IPv6 literals need brackets): " + url);
            }
        }
        int port = secure ? DEFAULT_TLS_PORT : DEFAULT_PORT;
        if (portText != null) {
            port = parsePort(portText, url);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("TURN URL without a host: " + url);
        }
        return new TurnServerUrl(secure, host, port, transport);
    }

    private static int parsePort(String text, String url) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("bad port in TURN URL: " + url);
        }
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("TURN URL port must be 1-65535: " + url);
        }
        return port;
    }

    /** The canonical URI, e.g. {@code turn:198.51.100.1:3478?transport=tcp}. */
    @Override
    public String toString() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        String t = transport == TurnTransport.UDP ? "udp" : "tcp";
        return (secure ? "turns:" : "turn:") + h + ":" + port + "?transport=" + t;
    }
}
