package io.jrtc.webrtc;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * jrtc's own settings beside the W3C {@link RTCConfiguration}: the knobs a browser does not expose
 * (local ports, single-port mode, loopback candidates, which local addresses to use, mDNS,
 * timeouts, SCTP message size). Not a W3C type. Immutable; the defaults suit a client talking to
 * browsers.
 *
 * <pre>{@code
 * // a server: every connection on UDP port 50000, as an SFU does
 * JrtcSettings.builder().singlePort(50000).build();
 * }</pre>
 */
public final class JrtcSettings {
    private static final JrtcSettings DEFAULTS = builder().build();

    private final int portMin;
    private final int portMax;
    private final int singlePort;
    private final boolean loopbackCandidates;
    private final boolean loopbackOnly;
    private final boolean ipv6;
    private final Predicate<InetAddress> hostAddressFilter;
    private final boolean mdns;
    private final Duration iceDisconnectedTimeout;
    private final Duration iceFailedTimeout;
    private final Duration dtlsHandshakeTimeout;
    private final long maxMessageSize;
    private final boolean pathMtuDiscovery;

    private JrtcSettings(Builder b) {
        this.portMin = b.portMin;
        this.portMax = b.portMax;
        this.singlePort = b.singlePort;
        this.loopbackCandidates = b.loopbackCandidates;
        this.loopbackOnly = b.loopbackOnly;
        this.ipv6 = b.ipv6;
        this.hostAddressFilter = b.hostAddressFilter;
        this.mdns = b.mdns;
        this.iceDisconnectedTimeout = b.iceDisconnectedTimeout;
        this.iceFailedTimeout = b.iceFailedTimeout;
        this.dtlsHandshakeTimeout = b.dtlsHandshakeTimeout;
        this.maxMessageSize = b.maxMessageSize;
        this.pathMtuDiscovery = b.pathMtuDiscovery;
    }

    /** The defaults. */
    public static JrtcSettings defaults() {
        return DEFAULTS;
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The lowest local UDP port for host candidates; 0 (with {@link #portMax()} 0) lets the system choose. */
    public int portMin() {
        return portMin;
    }

    /** The highest local UDP port for host candidates; 0 lets the system choose. */
    public int portMax() {
        return portMax;
    }

    /** The one UDP port every connection shares, or 0 for a socket per candidate (the default). */
    public int singlePort() {
        return singlePort;
    }

    /** True if single-port mode is on. */
    public boolean isSinglePort() {
        return singlePort != 0;
    }

    /** Whether loopback addresses are offered as host candidates; default false, as browsers. */
    public boolean loopbackCandidates() {
        return loopbackCandidates;
    }

    /**
     * Whether only loopback addresses become host candidates: two connections in one process talk
     * over 127.0.0.1 and nothing leaves the machine (tests, examples). Default false.
     */
    public boolean loopbackOnly() {
        return loopbackOnly;
    }

    /** Whether IPv6 addresses are gathered; default true. */
    public boolean ipv6() {
        return ipv6;
    }

    /**
     * Which local addresses may become host candidates (after {@link #loopbackCandidates()},
     * {@link #loopbackOnly()} and {@link #ipv6()} have had their say); default every address.
     */
    public Predicate<InetAddress> hostAddressFilter() {
        return hostAddressFilter;
    }

    /**
     * Whether the peer's {@code .local} host candidates (the UUID names browsers hand out instead
     * of their addresses, draft-ietf-mmusic-mdns-ice-candidates) are resolved with multicast DNS
     * (RFC 6762): queries go to 224.0.0.251:5353 on the interfaces that the host candidates use
     * ({@link #hostAddressFilter()} selects them). Default false: such candidates are dropped and
     * counted ({@code mdnsUnresolved} in the transport's stats), and nothing is multicast.
     */
    public boolean mdns() {
        return mdns;
    }

    /** How long without a response before ICE reports {@code disconnected}; default 8 s. */
    public Duration iceDisconnectedTimeout() {
        return iceDisconnectedTimeout;
    }

    /** How long without consent before ICE reports {@code failed} (RFC 7675); default 30 s. */
    public Duration iceFailedTimeout() {
        return iceFailedTimeout;
    }

    /** How long the DTLS handshake may take before the transport fails; default 30 s. */
    public Duration dtlsHandshakeTimeout() {
        return dtlsHandshakeTimeout;
    }

    /** The {@code a=max-message-size} offered, in bytes (RFC 8841 section 6); default 262144, as Chromium. */
    public long maxMessageSize() {
        return maxMessageSize;
    }

    /**
     * Whether data channels probe for a path MTU above 1200 bytes (RFC 8899 PLPMTUD for SCTP over
     * DTLS, with HEARTBEAT probes whose padded Heartbeat Info the peer echoes, falling back on
     * black holes); default true. When on, the connection's UDP sockets set the don't-fragment
     * bit, so a probe the path cannot carry is dropped rather than fragmented; a datagram larger
     * than the local interface's MTU (e.g. an application's oversized RTP packet) then fails to
     * send and is dropped and counted instead of being fragmented. Larger packets cost less CPU
     * per byte on paths that carry them (loopback, jumbo frames); peers or paths that drop large
     * packets just leave the size lower, down to 1200. Turn it off to keep every SCTP packet at
     * 1200 bytes and let the IP layer fragment as before.
     */
    public boolean pathMtuDiscovery() {
        return pathMtuDiscovery;
    }

    @Override
    public String toString() {
        return "JrtcSettings{ports=" + portMin + "-" + portMax + ", singlePort=" + singlePort
                + ", loopbackCandidates=" + loopbackCandidates + ", loopbackOnly=" + loopbackOnly + ", ipv6=" + ipv6
                + ", mdns=" + mdns + ", iceDisconnectedTimeout=" + iceDisconnectedTimeout
                + ", iceFailedTimeout=" + iceFailedTimeout
                + ", dtlsHandshakeTimeout=" + dtlsHandshakeTimeout + ", maxMessageSize=" + maxMessageSize
                + ", pathMtuDiscovery=" + pathMtuDiscovery + "}";
    }

    /** Builds {@link JrtcSettings}. */
    public static final class Builder {
        private int portMin;
        private int portMax;
        private int singlePort;
        private boolean loopbackCandidates;
        private boolean loopbackOnly;
        private boolean ipv6 = true;
        private Predicate<InetAddress> hostAddressFilter = a -> true;
        private boolean mdns;
        private Duration iceDisconnectedTimeout = Duration.ofSeconds(8);
        private Duration iceFailedTimeout = Duration.ofSeconds(30);
        private Duration dtlsHandshakeTimeout = Duration.ofSeconds(30);
        private long maxMessageSize = 262_144;
        private boolean pathMtuDiscovery = true;

        private Builder() {}

        /**
         * The range of local UDP ports to bind host candidates in.
         *
         * @throws IllegalArgumentException unless {@code 1 <= min <= max <= 65535}, or both are 0
         */
        public Builder portRange(int min, int max) {
            boolean any = min == 0 && max == 0;
            if (!any && (min < 1 || max > 65535 || min > max)) {
                throw new IllegalArgumentException(
                        "port range " + min + "-" + max + " is invalid; use 1 <= min <= max <= 65535, or 0-0 for any");
            }
            this.portMin = min;
            this.portMax = max;
            return this;
        }

        /**
         * Single-port mode: every connection shares this UDP port, told apart by ICE ufrag and
         * 5-tuple. 0 turns it off.
         *
         * @throws IllegalArgumentException outside 0-65535
         */
        public Builder singlePort(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("single port " + port + " is invalid; use 1 to 65535, or 0 for off");
            }
            this.singlePort = port;
            return this;
        }

        /** Whether to offer loopback host candidates (useful for tests on one machine). */
        public Builder loopbackCandidates(boolean value) {
            this.loopbackCandidates = value;
            return this;
        }

        /** Whether to use loopback addresses only (see {@link JrtcSettings#loopbackOnly()}). */
        public Builder loopbackOnly(boolean value) {
            this.loopbackOnly = value;
            return this;
        }

        /** Whether to gather IPv6 addresses. */
        public Builder ipv6(boolean value) {
            this.ipv6 = value;
            return this;
        }

        /** Which local addresses may become host candidates (see {@link JrtcSettings#hostAddressFilter()}). */
        public Builder hostAddressFilter(Predicate<InetAddress> filter) {
            this.hostAddressFilter = Objects.requireNonNull(filter, "hostAddressFilter");
            return this;
        }

        /** Whether to resolve the peer's {@code .local} candidates with multicast DNS (see {@link JrtcSettings#mdns()}). */
        public Builder mdns(boolean value) {
            this.mdns = value;
            return this;
        }

        /** ICE's disconnected timeout. */
        public Builder iceDisconnectedTimeout(Duration value) {
            this.iceDisconnectedTimeout = positive("iceDisconnectedTimeout", value);
            return this;
        }

        /** ICE's failed (consent) timeout. */
        public Builder iceFailedTimeout(Duration value) {
            this.iceFailedTimeout = positive("iceFailedTimeout", value);
            return this;
        }

        /** The DTLS handshake timeout. */
        public Builder dtlsHandshakeTimeout(Duration value) {
            this.dtlsHandshakeTimeout = positive("dtlsHandshakeTimeout", value);
            return this;
        }

        /**
         * The max-message-size to offer; 0 means no limit (RFC 8841 section 6).
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder maxMessageSize(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("maxMessageSize " + bytes + " is negative; use 0 for no limit");
            }
            this.maxMessageSize = bytes;
            return this;
        }

        /** Path MTU discovery for data channels (see {@link JrtcSettings#pathMtuDiscovery()}); default true. */
        public Builder pathMtuDiscovery(boolean value) {
            this.pathMtuDiscovery = value;
            return this;
        }

        private static Duration positive(String name, Duration d) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, not " + d);
            }
            return d;
        }

        /**
         * Builds the settings.
         *
         * @throws IllegalArgumentException if the disconnected timeout is not shorter than the failed one
         */
        public JrtcSettings build() {
            if (iceDisconnectedTimeout.compareTo(iceFailedTimeout) >= 0) {
                throw new IllegalArgumentException("iceDisconnectedTimeout (" + iceDisconnectedTimeout
                        + ") must be shorter than iceFailedTimeout (" + iceFailedTimeout + ")");
            }
            return new JrtcSettings(this);
        }
    }
}
