package io.jrtc.ice.session;

import io.jrtc.ice.IceConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Settings of one {@link IceSession}: the agent's {@link IceConfig} (role, policy, STUN servers),
 * the TURN servers, the W3C candidate pool size, mDNS behaviour and TURN timing. Built with
 * {@link #builder(IceConfig)}.
 */
public final class IceSessionConfig {
    final IceConfig agent;
    final List<TurnServer> turnServers;
    final int candidatePoolSize;
    final boolean resolveMdns;
    final Duration mdnsTimeout;
    final boolean obfuscateHostCandidates;
    final SSLContext sslContext;
    final Duration turnInitialRto;
    final int turnMaxTransmissions;
    final Duration streamConnectTimeout;

    private IceSessionConfig(Builder b) {
        this.agent = b.agent;
        this.turnServers = List.copyOf(b.turnServers);
        this.candidatePoolSize = b.candidatePoolSize;
        this.resolveMdns = b.resolveMdns;
        this.mdnsTimeout = b.mdnsTimeout;
        this.obfuscateHostCandidates = b.obfuscateHostCandidates;
        this.sslContext = b.sslContext;
        this.turnInitialRto = b.turnInitialRto;
        this.turnMaxTransmissions = b.turnMaxTransmissions;
        this.streamConnectTimeout = b.streamConnectTimeout;
    }

    /** A builder around the agent's configuration. */
    public static Builder builder(IceConfig agent) {
        return new Builder(agent);
    }

    /** The agent's configuration. */
    public IceConfig agent() {
        return agent;
    }

    /** The TURN servers, in the order configured. */
    public List<TurnServer> turnServers() {
        return turnServers;
    }

    /** The W3C {@code iceCandidatePoolSize}. */
    public int candidatePoolSize() {
        return candidatePoolSize;
    }

    /** Builds an {@link IceSessionConfig}. */
    public static final class Builder {
        private final IceConfig agent;
        private final List<TurnServer> turnServers = new ArrayList<>();
        private int candidatePoolSize;
        private boolean resolveMdns = true;
        private Duration mdnsTimeout = Duration.ofSeconds(5);
        private boolean obfuscateHostCandidates;
        private SSLContext sslContext;
        private Duration turnInitialRto = Duration.ofMillis(500);
        private int turnMaxTransmissions = 7;
        private Duration streamConnectTimeout = Duration.ofSeconds(10);

        private Builder(IceConfig agent) {
            this.agent = Objects.requireNonNull(agent, "agent");
        }

        /** Adds a TURN server; one allocation is made on each. */
        public Builder turnServer(TurnServer server) {
            turnServers.add(Objects.requireNonNull(server, "server"));
            return this;
        }

        /**
         * The W3C {@code iceCandidatePoolSize} (default 0). Above 0,
         * {@link IceSession#startCandidatePool} gathers (and allocates on the TURN servers) before
         * there is any description; {@link IceSession#startGathering} then hands those candidates
         * out. This session has one ICE transport, so sizes above 1 pool the same one.
         */
        public Builder candidatePoolSize(int value) {
            if (value < 0 || value > 255) {
                throw new IllegalArgumentException("iceCandidatePoolSize must be 0-255 (W3C), got " + value);
            }
            this.candidatePoolSize = value;
            return this;
        }

        /** Resolve remote {@code .local} candidates with multicast DNS (default true). */
        public Builder resolveMdns(boolean value) {
            this.resolveMdns = value;
            return this;
        }

        /** How long a remote {@code .local} name may take to resolve before it is dropped (default 5 s). */
        public Builder mdnsTimeout(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("the mDNS timeout must be positive: " + value);
            }
            this.mdnsTimeout = value;
            return this;
        }

        /**
         * Hand out host candidates under random UUID {@code .local} names and answer mDNS queries
         * for them, as browsers do by default (default false). Related addresses of server-reflexive
         * and relay candidates are then hidden too ({@code 0.0.0.0 0}).
         */
        public Builder obfuscateHostCandidates(boolean value) {
            this.obfuscateHostCandidates = value;
            return this;
        }

        /** The TLS context for {@code turns:} servers (default: the JDK's default context). */
        public Builder sslContext(SSLContext value) {
            this.sslContext = Objects.requireNonNull(value);
            return this;
        }

        /** The first retransmission timeout of TURN requests over UDP (default 500 ms, RFC 8489 §6.2.1). */
        public Builder turnInitialRto(Duration value) {
            this.turnInitialRto = Objects.requireNonNull(value);
            return this;
        }

        /** Transmissions of a TURN request over UDP before the server counts as unreachable (default 7). */
        public Builder turnMaxTransmissions(int value) {
            this.turnMaxTransmissions = value;
            return this;
        }

        /** How long a TCP/TLS connection to a TURN server may take to open (default 10 s). */
        public Builder streamConnectTimeout(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("the connect timeout must be positive: " + value);
            }
            this.streamConnectTimeout = value;
            return this;
        }

        /** Builds the configuration. */
        public IceSessionConfig build() {
            return new IceSessionConfig(this);
        }
    }
}
