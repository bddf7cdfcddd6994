package io.jrtc.ice;

import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Settings of one {@link IceAgent}, built with {@link #builder()}. Defaults follow RFC 8445 (Ta
 * 50 ms, keepalive 15 s), RFC 7675 (consent every 5 s randomized by ±20%, lost after 30 s) and
 * browser practice.
 */
public final class IceConfig {
    final IceRole role;
    final boolean lite;
    final IceTransportPolicy transportPolicy;
    final IceCredentials credentials;
    final List<InetSocketAddress> stunServers;
    final RandomGenerator random;
    final long taNanos;
    final long checkRtoNanos;
    final int maxCheckTransmits;
    final long consentIntervalNanos;
    final long consentTimeoutNanos;
    final long disconnectedTimeoutNanos;
    final long keepaliveNanos;
    final long nominationDelayNanos;

    private IceConfig(Builder b) {
        this.role = b.role;
        this.lite = b.lite;
        this.transportPolicy = b.transportPolicy;
        this.random = b.random;
        this.credentials = b.credentials != null ? b.credentials : IceCredentials.random(b.random);
        this.stunServers = List.copyOf(b.stunServers);
        this.taNanos = b.ta.toNanos();
        this.checkRtoNanos = b.checkRto.toNanos();
        this.maxCheckTransmits = b.maxCheckTransmits;
        this.consentIntervalNanos = b.consentInterval.toNanos();
        this.consentTimeoutNanos = b.consentTimeout.toNanos();
        this.disconnectedTimeoutNanos = b.disconnectedTimeout.toNanos();
        this.keepaliveNanos = b.keepalive.toNanos();
        this.nominationDelayNanos = b.nominationDelay.toNanos();
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The initial role. */
    public IceRole role() {
        return role;
    }

    /** Whether this agent is ICE-lite (RFC 8445 §2.5). */
    public boolean lite() {
        return lite;
    }

    /** Which candidates are gathered and paired. */
    public IceTransportPolicy transportPolicy() {
        return transportPolicy;
    }

    /** The first local credentials. */
    public IceCredentials credentials() {
        return credentials;
    }

    /** Builds an {@link IceConfig}. */
    public static final class Builder {
        private IceRole role = IceRole.CONTROLLING;
        private boolean lite;
        private IceTransportPolicy transportPolicy = IceTransportPolicy.ALL;
        private IceCredentials credentials;
        private final List<InetSocketAddress> stunServers = new ArrayList<>();
        private RandomGenerator random;
        private Duration ta = Duration.ofMillis(50);
        private Duration checkRto = Duration.ofMillis(250);
        private int maxCheckTransmits = 7;
        private Duration consentInterval = Duration.ofSeconds(5);
        private Duration consentTimeout = Duration.ofSeconds(30);
        private Duration disconnectedTimeout = Duration.ofSeconds(8);
        private Duration keepalive = Duration.ofSeconds(15);
        private Duration nominationDelay = Duration.ofMillis(500);

        private Builder() {}

        /** The initial role (default controlling; the offerer is controlling, RFC 8445 §6.1.1). */
        public Builder role(IceRole value) {
            this.role = Objects.requireNonNull(value);
            return this;
        }

        /**
         * ICE-lite (RFC 8445 §2.5): host candidates only, no checks of our own; the agent answers
         * checks and uses the pair the full peer nominates. A lite agent is always controlled.
         */
        public Builder lite(boolean value) {
            this.lite = value;
            return this;
        }

        /** Which candidates to use (default {@link IceTransportPolicy#ALL}). */
        public Builder transportPolicy(IceTransportPolicy value) {
            this.transportPolicy = Objects.requireNonNull(value);
            return this;
        }

        /** The local ufrag and password (default: random from {@link #random}). */
        public Builder credentials(IceCredentials value) {
            this.credentials = value;
            return this;
        }

        /** Adds a STUN server for server-reflexive candidates (an IP address, already resolved). */
        public Builder stunServer(InetSocketAddress server) {
            if (server.isUnresolved()) {
                throw new IllegalArgumentException("resolve the STUN server first: " + server);
            }
            stunServers.add(server);
            return this;
        }

        /**
         * Randomness for credentials, tie-breaker, transaction ids and consent jitter (default a
         * {@link SecureRandom}). Tests pass a seeded generator to replay a run.
         */
        public Builder random(RandomGenerator value) {
            this.random = Objects.requireNonNull(value);
            return this;
        }

        /** Ta, the pacing of new checks (RFC 8445 §14.2; default 50 ms). */
        public Builder ta(Duration value) {
            this.ta = positive(value);
            return this;
        }

        /** First retransmission timeout of a check, doubling up to 8x (default 250 ms). */
        public Builder checkRto(Duration value) {
            this.checkRto = positive(value);
            return this;
        }

        /** Transmissions of one check before its pair fails (default 7, RFC 8489's Rc). */
        public Builder maxCheckTransmits(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("at least one transmission");
            }
            this.maxCheckTransmits = value;
            return this;
        }

        /** Mean interval of consent checks (RFC 7675 §5.1; default 5 s, randomized ±20%). */
        public Builder consentInterval(Duration value) {
            this.consentInterval = positive(value);
            return this;
        }

        /** Consent is lost this long after the last response (RFC 7675 §5.1; default 30 s). */
        public Builder consentTimeout(Duration value) {
            this.consentTimeout = positive(value);
            return this;
        }

        /** State {@code disconnected} this long after the last consent response (default 8 s). */
        public Builder disconnectedTimeout(Duration value) {
            this.disconnectedTimeout = positive(value);
            return this;
        }

        /** Keepalive (Binding indication) when nothing was sent for this long (RFC 8445 §11; 15 s). */
        public Builder keepalive(Duration value) {
            this.keepalive = positive(value);
            return this;
        }

        /**
         * How long the controlling agent waits after the first valid pair for better pairs to
         * succeed before nominating (regular nomination, RFC 8445 §8.1.1; default 500 ms). It
         * nominates earlier when no better pair is left to check.
         */
        public Builder nominationDelay(Duration value) {
            this.nominationDelay = Objects.requireNonNull(value);
            return this;
        }

        /** Builds the configuration. */
        public IceConfig build() {
            if (random == null) {
                random = new SecureRandom();
            }
            if (lite) {
                role = IceRole.CONTROLLED;
            }
            return new IceConfig(this);
        }

        private static Duration positive(Duration d) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("must be positive: " + d);
            }
            return d;
        }
    }
}
