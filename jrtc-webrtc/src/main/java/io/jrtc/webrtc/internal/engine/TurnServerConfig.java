package io.jrtc.webrtc.internal.engine;

import java.util.Objects;

/**
 * One TURN server of the W3C {@code RTCIceServer} list as configured: its URL ({@code turn:} or
 * {@code turns:}, with {@code ?transport=udp|tcp}) and long-term credentials. The host may be a
 * name: the runtime resolves it before the engine is built (a sans-IO engine does no DNS).
 *
 * @param url the URL, repeated in candidate errors
 * @param username the long-term credential user name
 * @param credential the password (hidden by {@link #toString()}, never logged)
 */
public record TurnServerConfig(String url, String username, String credential) {
    public TurnServerConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(username, "username: a TURN server needs long-term credentials");
        Objects.requireNonNull(credential, "credential: a TURN server needs long-term credentials");
    }

    /** Hides the credential. */
    @Override
    public String toString() {
        return "TurnServerConfig[" + url + ", user=" + username + "]";
    }
}
