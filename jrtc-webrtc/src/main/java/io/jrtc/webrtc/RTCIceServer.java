package io.jrtc.webrtc;

import io.jrtc.webrtc.internal.config.IceServerUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * W3C {@code RTCIceServer}: a STUN or TURN server, with the credentials TURN needs (WebRTC 1.0
 * section 4.2.4). Immutable; {@link Builder#build()} validates it as the spec's "validate an ICE
 * server" steps do, so a configuration holding it is known to be usable.
 *
 * <pre>{@code
 * RTCIceServer.builder().urls("turn:turn.example.org?transport=udp").username("u").credential("p").build();
 * }</pre>
 */
public final class RTCIceServer {
    private final List<String> urls;
    private final String username;
    private final String credential;

    private RTCIceServer(List<String> urls, String username, String credential) {
        this.urls = urls;
        this.username = username;
        this.credential = credential;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A server without credentials, e.g. {@code RTCIceServer.of("stun:stun.example.org")}.
     *
     * @throws RTCException as {@link Builder#build()}
     */
    public static RTCIceServer of(String... urls) {
        return builder().urls(urls).build();
    }

    /** The URLs, as given. */
    public List<String> urls() {
        return urls;
    }

    /** The TURN username. */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /** The TURN credential (a password). */
    public Optional<String> credential() {
        return Optional.ofNullable(credential);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RTCIceServer s && s.urls.equals(urls)
                && Objects.equals(s.username, username) && Objects.equals(s.credential, credential);
    }

    @Override
    public int hashCode() {
        return Objects.hash(urls, username, credential);
    }

    /** The URLs and username; the credential is a secret and never printed. */
    @Override
    public String toString() {
        return "RTCIceServer{urls=" + urls + (username == null ? "" : ", username=" + username) + "}";
    }

    /** Builds an {@link RTCIceServer}. */
    public static final class Builder {
        private final List<String> urls = new ArrayList<>();
        private String username;
        private String credential;

        private Builder() {}

        /** Sets the URLs (the W3C member takes one string or a list; here, one or more). */
        public Builder urls(String... values) {
            return urls(List.of(values));
        }

        /** Sets the URLs. */
        public Builder urls(List<String> values) {
            urls.clear();
            urls.addAll(values);
            return this;
        }

        /** The TURN username. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** The TURN credential. */
        public Builder credential(String value) {
            this.credential = value;
            return this;
        }

        /**
         * Builds and validates the server (WebRTC 1.0 section 4.4.1.2, "validate an ICE server").
         *
         * @throws RTCException {@code SyntaxError} if there is no URL or one is not a valid
         *     stun:, stuns:, turn: or turns: URL; {@code InvalidAccessError} if a turn: or turns:
         *     URL is given without both a username and a credential
         */
        public RTCIceServer build() {
            if (urls.isEmpty()) {
                throw new RTCException(RTCErrorName.SYNTAX_ERROR,
                        "RTCIceServer.urls is empty; give at least one stun:, stuns:, turn: or turns: URL");
            }
            for (String url : urls) {
                IceServerUrl parsed = IceServerUrl.parse(url);
                if (parsed.isTurn() && (username == null || credential == null)) {
                    throw new RTCException(RTCErrorName.INVALID_ACCESS_ERROR,
                            "The TURN server '" + url + "' needs a username and a credential; set both");
                }
            }
            return new RTCIceServer(List.copyOf(urls), username, credential);
        }
    }
}
