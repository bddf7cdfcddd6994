package io.jrtc.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * How a simulated NAT behaves. Start from a {@link NatType} with {@link #of(NatType)} or
 * {@link #builder(NatType)}, or combine behaviours freely.
 *
 * @param mapping when a new external port is allocated (RFC 4787 section 4.1)
 * @param filtering which remotes may send in through a mapping (RFC 4787 section 5)
 * @param mappingTimeout how long a mapping, and each remote's permission, lives without
 *     outbound traffic (RFC 4787 section 4.3); 30 s by default, as many home routers
 * @param hairpinning whether hosts inside can reach each other through the public address
 *     (RFC 4787 section 6)
 * @param inboundRefresh whether inbound traffic also refreshes a mapping (outbound always does)
 * @param portPreservation whether the external port is the internal one when that is free
 * @param firstPort where sequential port allocation starts
 */
public record NatConfig(NatBehavior mapping, NatBehavior filtering, Duration mappingTimeout,
        boolean hairpinning, boolean inboundRefresh, boolean portPreservation, int firstPort) {
    /** The default mapping timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Checks the parameters.
     *
     * @throws IllegalArgumentException if the timeout is not positive or the first port is not a
     *     valid non-zero port
     */
    public NatConfig {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(filtering, "filtering");
        Objects.requireNonNull(mappingTimeout, "mappingTimeout");
        if (mappingTimeout.isNegative() || mappingTimeout.isZero()) {
            throw new IllegalArgumentException("mapping timeout must be positive: " + mappingTimeout);
        }
        if (firstPort < 1 || firstPort > 65535) {
            throw new IllegalArgumentException("first port must be in 1..65535: " + firstPort);
        }
    }

    /** The given type with all defaults. */
    public static NatConfig of(NatType type) {
        return builder(type).build();
    }

    /** A builder for the given type: 30 s timeout, no hairpinning, sequential ports from 49152. */
    public static Builder builder(NatType type) {
        return new Builder(type.mapping(), type.filtering());
    }

    /** The matching {@link NatType}, or null for a combination that has no classic name. */
    public NatType type() {
        for (NatType type : NatType.values()) {
            if (type.mapping() == mapping && type.filtering() == filtering) {
                return type;
            }
        }
        return null;
    }

    /** Builds a {@link NatConfig}. */
    public static final class Builder {
        private NatBehavior mapping;
        private NatBehavior filtering;
        private Duration mappingTimeout = DEFAULT_TIMEOUT;
        private boolean hairpinning;
        private boolean inboundRefresh;
        private boolean portPreservation;
        private int firstPort = 49152;

        private Builder(NatBehavior mapping, NatBehavior filtering) {
            this.mapping = mapping;
            this.filtering = filtering;
        }

        /** Mapping behaviour. */
        public Builder mapping(NatBehavior behavior) {
            this.mapping = Objects.requireNonNull(behavior, "behavior");
            return this;
        }

        /** Filtering behaviour. */
        public Builder filtering(NatBehavior behavior) {
            this.filtering = Objects.requireNonNull(behavior, "behavior");
            return this;
        }

        /** Mapping (and permission) lifetime without outbound traffic. */
        public Builder mappingTimeout(Duration timeout) {
            this.mappingTimeout = timeout;
            return this;
        }

        /** Whether hosts inside reach each other through the public address. */
        public Builder hairpinning(boolean enabled) {
            this.hairpinning = enabled;
            return this;
        }

        /** Whether inbound traffic refreshes mappings too. */
        public Builder inboundRefresh(boolean enabled) {
            this.inboundRefresh = enabled;
            return this;
        }

        /** Whether the external port preserves the internal one when free. */
        public Builder portPreservation(boolean enabled) {
            this.portPreservation = enabled;
            return this;
        }

        /** First port of sequential allocation. */
        public Builder firstPort(int port) {
            this.firstPort = port;
            return this;
        }

        /** The configuration. */
        public NatConfig build() {
            return new NatConfig(mapping, filtering, mappingTimeout, hairpinning, inboundRefresh,
                    portPreservation, firstPort);
        }
    }
}
