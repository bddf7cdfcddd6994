package io.jrtc.sctp;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Settings of one association. Defaults suit WebRTC over DTLS: port 5000, 1200-byte packets,
 * 256 KiB messages (the SDP {@code a=max-message-size} default of RFC 8841), RTO between 120 ms and
 * 10 s, a 16 MiB receive window, I-DATA, RE-CONFIG and FORWARD TSN announced.
 *
 * @param localPort SCTP source port
 * @param remotePort SCTP destination port
 * @param mtu largest SCTP packet produced, in bytes
 * @param maxMessageSize largest message {@code send} accepts (the peer's max-message-size)
 * @param receiveWindow bytes the receiver buffers (advertised as a_rwnd)
 * @param initialCwndPackets initial congestion window in packets
 * @param initialRto RTO before the first RTT measurement
 * @param minRto lower bound of the RTO
 * @param maxRto upper bound of the RTO
 * @param heartbeatInterval idle time before a HEARTBEAT
 * @param maxRetransmissions consecutive timeouts before the association fails (RFC 9260 Association.Max.Retrans)
 * @param announceIData offer I-DATA (RFC 8260); used when both sides offer it
 * @param zeroChecksum offer and use zero checksums (RFC 9653): only when carried over DTLS
 * @param inboundStreams incoming streams announced in INIT and INIT ACK (MIS, default 65,535); the
 *     peer can add more with RFC 6525 Add Outgoing Streams
 * @param random source of verification tags, initial TSNs and the cookie key
 * @param pathMtuDiscovery probe for packets larger than {@code mtu} (RFC 8899 PLPMTUD over
 *     SCTP, §6.2, with padded HEARTBEAT probes); {@code mtu} is then the base PLPMTU. On by
 *     default: see {@link Builder#pathMtuDiscovery}
 * @param maxMtu the largest packet size PLPMTUD tries (default 16,384, the DTLS plaintext limit
 *     of RFC 6347 §4.1); at least {@code mtu}
 * @param pmtuProbeTimeout how long a probe may go unanswered before it counts as lost
 *     (RFC 8899 PROBE_TIMER; at least 1 s, default 15 s)
 * @param pmtuConfirmInterval how often a PLPMTU above the base is confirmed again once the
 *     search is complete (RFC 8899 CONFIRMATION_TIMER; default 60 s)
 */
public record SctpConfig(int localPort, int remotePort, int mtu, int maxMessageSize, long receiveWindow,
        int initialCwndPackets, Duration initialRto, Duration minRto, Duration maxRto,
        Duration heartbeatInterval, int maxRetransmissions, boolean announceIData, boolean zeroChecksum,
        int inboundStreams, RandomGenerator random, boolean pathMtuDiscovery, int maxMtu,
        Duration pmtuProbeTimeout, Duration pmtuConfirmInterval) {
    /** The data channel default port (RFC 8841). */
    public static final int DEFAULT_PORT = 5000;
    /** Default {@link #maxMtu()}: the DTLS plaintext limit, 2^14 bytes (RFC 6347 §4.1). */
    public static final int DEFAULT_MAX_MTU = 16_384;
    /** Default max-message-size (RFC 8841 §6.1). */
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 256 * 1024;

    /** Checks the values. */
    public SctpConfig {
        Objects.requireNonNull(random, "random");
        if (mtu < 256 || mtu > 65_507) {
            throw new IllegalArgumentException("mtu must be in 256..65507: " + mtu);
        }
        if (maxMtu < mtu || maxMtu > 65_507) {
            throw new IllegalArgumentException("maxMtu must be in mtu.." + 65_507 + ": " + maxMtu + " (mtu " + mtu + ")");
        }
        Objects.requireNonNull(pmtuProbeTimeout, "pmtuProbeTimeout");
        Objects.requireNonNull(pmtuConfirmInterval, "pmtuConfirmInterval");
        if (pmtuProbeTimeout.compareTo(Duration.ofSeconds(1)) < 0 || pmtuConfirmInterval.compareTo(pmtuProbeTimeout) < 0) {
            throw new IllegalArgumentException("pmtuProbeTimeout must be at least 1 s (RFC 8899 §5.1.1) and "
                    + "pmtuConfirmInterval at least pmtuProbeTimeout: " + pmtuProbeTimeout + ", " + pmtuConfirmInterval);
        }
        if (inboundStreams < 1 || inboundStreams > 65_535) {
            throw new IllegalArgumentException("inboundStreams must be in 1..65535: " + inboundStreams);
        }
        if (maxMessageSize < 1 || receiveWindow < mtu || initialCwndPackets < 1 || maxRetransmissions < 1) {
            throw new IllegalArgumentException("maxMessageSize, receiveWindow, initialCwndPackets and maxRetransmissions must be positive");
        }
    }

    /** The defaults with a {@link SecureRandom}. */
    public static SctpConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.localPort = localPort;
        b.remotePort = remotePort;
        b.mtu = mtu;
        b.maxMessageSize = maxMessageSize;
        b.receiveWindow = receiveWindow;
        b.initialCwndPackets = initialCwndPackets;
        b.initialRto = initialRto;
        b.minRto = minRto;
        b.maxRto = maxRto;
        b.heartbeatInterval = heartbeatInterval;
        b.maxRetransmissions = maxRetransmissions;
        b.announceIData = announceIData;
        b.zeroChecksum = zeroChecksum;
        b.inboundStreams = inboundStreams;
        b.random = random;
        b.pathMtuDiscovery = pathMtuDiscovery;
        b.maxMtu = maxMtu;
        b.pmtuProbeTimeout = pmtuProbeTimeout;
        b.pmtuConfirmInterval = pmtuConfirmInterval;
        return b;
    }

    /** Builds an {@link SctpConfig}. */
    public static final class Builder {
        private int localPort = DEFAULT_PORT;
        private int remotePort = DEFAULT_PORT;
        private int mtu = 1200;
        private int maxMessageSize = DEFAULT_MAX_MESSAGE_SIZE;
        private long receiveWindow = 16L << 20;
        private int initialCwndPackets = 10;
        private Duration initialRto = Duration.ofMillis(1000);
        private Duration minRto = Duration.ofMillis(120);
        private Duration maxRto = Duration.ofSeconds(10);
        private Duration heartbeatInterval = Duration.ofSeconds(30);
        private int maxRetransmissions = 10;
        private boolean announceIData = true;
        private boolean zeroChecksum;
        private int inboundStreams = 65_535;
        private RandomGenerator random;
        private boolean pathMtuDiscovery = true;
        private int maxMtu = DEFAULT_MAX_MTU;
        private Duration pmtuProbeTimeout = Duration.ofSeconds(15);
        private Duration pmtuConfirmInterval = Duration.ofSeconds(60);

        private Builder() {}

        public Builder localPort(int v) { localPort = v; return this; }
        public Builder remotePort(int v) { remotePort = v; return this; }
        public Builder mtu(int v) { mtu = v; return this; }
        public Builder maxMessageSize(int v) { maxMessageSize = v; return this; }
        public Builder receiveWindow(long v) { receiveWindow = v; return this; }
        public Builder initialCwndPackets(int v) { initialCwndPackets = v; return this; }
        public Builder initialRto(Duration v) { initialRto = v; return this; }
        public Builder minRto(Duration v) { minRto = v; return this; }
        public Builder maxRto(Duration v) { maxRto = v; return this; }
        public Builder heartbeatInterval(Duration v) { heartbeatInterval = v; return this; }
        public Builder maxRetransmissions(int v) { maxRetransmissions = v; return this; }
        public Builder announceIData(boolean v) { announceIData = v; return this; }
        public Builder zeroChecksum(boolean v) { zeroChecksum = v; return this; }
        public Builder inboundStreams(int v) { inboundStreams = v; return this; }
        /** Randomness for tags, TSNs and the cookie key; seed it in tests for reproducible runs. */
        public Builder random(RandomGenerator v) { random = v; return this; }

        /**
         * Path MTU discovery (RFC 8899), on by default: probes of up to {@link #maxMtu} bytes,
         * each a HEARTBEAT whose Heartbeat Info is padded to the size under test, raise the packet
         * size from {@code mtu} when the path and the peer carry them both ways (the peer's
         * HEARTBEAT ACK echoes the padding, RFC 9260 §8.3). A probe the path or the peer drops
         * costs nothing but the probe. The datagrams must then carry the IP don't-fragment bit,
         * which the runtime sets only when this is on; {@code false} keeps every packet at
         * {@code mtu}.
         */
        public Builder pathMtuDiscovery(boolean v) { pathMtuDiscovery = v; return this; }
        /** The largest packet size {@link #pathMtuDiscovery} tries. */
        public Builder maxMtu(int v) { maxMtu = v; return this; }
        /** How long a PMTU probe may go unanswered (at least 1 s). */
        public Builder pmtuProbeTimeout(Duration v) { pmtuProbeTimeout = v; return this; }
        /** How often a discovered PMTU is confirmed again. */
        public Builder pmtuConfirmInterval(Duration v) { pmtuConfirmInterval = v; return this; }

        public SctpConfig build() {
            return new SctpConfig(localPort, remotePort, mtu, maxMessageSize, receiveWindow, initialCwndPackets,
                    initialRto, minRto, maxRto, heartbeatInterval, maxRetransmissions, announceIData, zeroChecksum,
                    inboundStreams, random != null ? random : new SecureRandom(), pathMtuDiscovery, maxMtu,
                    pmtuProbeTimeout, pmtuConfirmInterval);
        }
    }
}
