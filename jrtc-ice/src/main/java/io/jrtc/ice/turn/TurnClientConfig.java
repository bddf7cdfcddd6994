package io.jrtc.ice.turn;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * What a {@link TurnClient} needs: the server's resolved address and transport, the long-term
 * credentials, and tunables. Build with {@link #builder(InetSocketAddress, String, String)}.
 *
 * @param server the TURN server's address (resolved)
 * @param transport UDP, TCP or TLS to the server
 * @param username the long-term credential user name
 * @param password the long-term credential password (never logged)
 * @param lifetime the allocation lifetime to ask for (the server may grant another)
 * @param initialRto the first retransmission timeout over UDP (RFC 8489 §6.2.1 recommends 500 ms)
 * @param maxTransmissions Rc, the number of transmissions over UDP (RFC 8489 §6.2.1: 7)
 * @param sslContext for TLS: the context whose trust managers check the server's certificate
 * @param serverName for TLS: the name for SNI and host name verification, or null for none
 * @param ipv6Relay true to ask for an IPv6 relayed address (REQUESTED-ADDRESS-FAMILY, RFC 8656
 *     §7.1); false for the default, IPv4
 */
public record TurnClientConfig(InetSocketAddress server, TurnTransport transport, String username, String password,
        Duration lifetime, Duration initialRto, int maxTransmissions, SSLContext sslContext, String serverName,
        boolean ipv6Relay) {

    public TurnClientConfig {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(lifetime, "lifetime");
        Objects.requireNonNull(initialRto, "initialRto");
        if (server.isUnresolved()) {
            throw new IllegalArgumentException("the TURN server address must be resolved: " + server);
        }
        if (lifetime.toSeconds() < 1 || initialRto.isNegative() || initialRto.isZero()) {
            throw new IllegalArgumentException("lifetime and initialRto must be positive");
        }
        if (maxTransmissions < 1) {
            throw new IllegalArgumentException("maxTransmissions must be at least 1, got " + maxTransmissions);
        }
        if (transport == TurnTransport.TLS && sslContext == null) {
            throw new IllegalArgumentException("TLS needs an SSLContext");
        }
    }

    /** A builder with the defaults: UDP, 600 s lifetime, RTO 500 ms, 7 transmissions. */
    public static Builder builder(InetSocketAddress server, String username, String password) {
        return new Builder(server, username, password);
    }

    /** Hides the password. */
    @Override
    public String toString() {
        return "TurnClientConfig[" + transport + " " + server + ", user=" + username + ", lifetime=" + lifetime + "]";
    }

    /** Builds a {@link TurnClientConfig}. */
    public static final class Builder {
        private final InetSocketAddress server;
        private final String username;
        private final String password;
        private TurnTransport transport = TurnTransport.UDP;
        private Duration lifetime = Duration.ofMinutes(10);
        private Duration initialRto = Duration.ofMillis(500);
        private int maxTransmissions = 7;
        private SSLContext sslContext;
        private String serverName;
        private boolean ipv6Relay;

        private Builder(InetSocketAddress server, String username, String password) {
            this.server = server;
            this.username = username;
            this.password = password;
        }

        /** The transport to the server (default UDP). */
        public Builder transport(TurnTransport value) {
            this.transport = value;
            return this;
        }

        /** The allocation lifetime to request (default 10 minutes, RFC 8656 §3.2). */
        public Builder lifetime(Duration value) {
            this.lifetime = value;
            return this;
        }

        /** The initial retransmission timeout over UDP (default 500 ms). */
        public Builder initialRto(Duration value) {
            this.initialRto = value;
            return this;
        }

        /** Rc, the transmissions per request over UDP (default 7). */
        public Builder maxTransmissions(int value) {
            this.maxTransmissions = value;
            return this;
        }

        /** For TLS: the SSL context and the server name to verify (null: no verification by name). */
        public Builder tls(SSLContext context, String name) {
            this.sslContext = context;
            this.serverName = name;
            return this;
        }

        /** Asks for an IPv6 relayed address instead of IPv4 (RFC 8656 §7.1). */
        public Builder ipv6Relay(boolean value) {
            this.ipv6Relay = value;
            return this;
        }

        /** The config. */
        public TurnClientConfig build() {
            return new TurnClientConfig(server, transport, username, password, lifetime, initialRto,
                    maxTransmissions, sslContext, serverName, ipv6Relay);
        }
    }
}
