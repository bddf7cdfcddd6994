package io.jrtc.ice.session;

import io.jrtc.ice.internal.IpLiteral;
import io.jrtc.ice.turn.TurnServerUrl;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * One TURN server of the W3C {@code RTCIceServer} list: its URL ({@code turn:} or {@code turns:},
 * with {@code ?transport=udp|tcp}), the address its host resolved to, and the long-term
 * credentials. Resolving host names is the runtime's job (a sans-IO core does no DNS): use
 * {@link #of} for URLs with an IP literal and {@link #resolved} otherwise.
 *
 * @param url the URL as configured; {@link io.jrtc.ice.IceEvent.CandidateError#url()} repeats it
 * @param parsed the parsed URL (transport, port, host name for TLS verification)
 * @param address the server's IP address
 * @param username the long-term credential user name
 * @param credential the password (never logged, hidden by {@link #toString()})
 */
public record TurnServer(String url, TurnServerUrl parsed, InetAddress address, String username, String credential) {
    public TurnServer {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(parsed, "parsed");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(credential, "credential");
    }

    /**
     * A server whose URL names an IP literal, e.g. {@code turn:192.0.2.1:3478?transport=tcp}.
     *
     * @throws IllegalArgumentException if the URL does not parse or names a host that needs DNS
     */
    public static TurnServer of(String url, String username, String credential) {
        TurnServerUrl parsed = TurnServerUrl.parse(url);
        InetAddress ip = IpLiteral.parse(parsed.host());
        if (ip == null) {
            throw new IllegalArgumentException("the TURN URL names a host, not an IP address: resolve it and use "
                    + "TurnServer.resolved(url, address, ...): " + url);
        }
        return new TurnServer(url, parsed, ip, username, credential);
    }

    /** A server whose URL host the runtime resolved to {@code address}. */
    public static TurnServer resolved(String url, InetAddress address, String username, String credential) {
        return new TurnServer(url, TurnServerUrl.parse(url), address, username, credential);
    }

    /** The server's socket address: the resolved IP and the URL's port. */
    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(address, parsed.port());
    }

    /** Hides the credential. */
    @Override
    public String toString() {
        return "TurnServer[" + url + ", user=" + username + "]";
    }
}
