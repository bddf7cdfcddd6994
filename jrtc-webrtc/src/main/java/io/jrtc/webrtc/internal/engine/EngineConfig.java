package io.jrtc.webrtc.internal.engine;

import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.dtls.DtlsConfig;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceTransportPolicy;
import io.jrtc.ice.session.IceSessionConfig;
import io.jrtc.ice.session.TurnServer;
import io.jrtc.sctp.SctpConfig;
import io.jrtc.sctp.datachannel.DataChannels;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLContext;

/**
 * How one engine is set up: the ICE configuration (role and credentials), the local certificate,
 * and the knobs of the layers above. Built with {@link #builder(IceConfig, DtlsCertificate)}.
 */
public final class EngineConfig {
    /** Path MTU for DTLS records (what browsers assume). */
    public static final int DTLS_MTU = DtlsConfig.DEFAULT_MTU;
    /**
     * SCTP packet size: one SCTP packet must fit one DTLS record within {@link #DTLS_MTU}
     * (RFC 8261 §5). jrtc negotiates AEAD suites only (RFC 8827 §6.5), so a record adds at most
     * 13 header + 8 explicit nonce + 16 tag bytes (AES-GCM, RFC 5288; ChaCha20-Poly1305 adds 8
     * fewer). (An allowance of 80 bytes, sized for CBC suites that are never negotiated, cost about
     * 4% more packets.)
     */
    public static final int SCTP_MTU = DTLS_MTU - (13 + 8 + 16);
    /**
     * The largest SCTP packet Path MTU discovery tries: the DTLS plaintext limit (RFC 6347 §4.1),
     * so that one packet is still one record (RFC 8261 §5).
     */
    public static final int SCTP_MAX_MTU = 16_384;

    private final IceConfig ice;
    private final DtlsCertificate certificate;
    private final RandomGenerator random;
    private final int localSctpPort;
    private final int localMaxMessageSize;
    private final long maxBufferedAmount;
    private final Duration dtlsHandshakeTimeout;
    private final Duration dtlsInitialRetransmit;
    private final List<TurnServerConfig> turnServers;
    private final int candidatePoolSize;
    private final boolean resolveMdns;
    private final boolean obfuscateHostCandidates;
    private final SSLContext turnTlsContext;
    private final boolean pathMtuDiscovery;

    private EngineConfig(Builder b) {
        this.ice = b.ice;
        this.certificate = b.certificate;
        this.random = b.random;
        this.localSctpPort = b.localSctpPort;
        this.localMaxMessageSize = b.localMaxMessageSize;
        this.maxBufferedAmount = b.maxBufferedAmount;
        this.dtlsHandshakeTimeout = b.dtlsHandshakeTimeout;
        this.dtlsInitialRetransmit = b.dtlsInitialRetransmit;
        this.turnServers = List.copyOf(b.turnServers);
        this.candidatePoolSize = b.candidatePoolSize;
        this.resolveMdns = b.resolveMdns;
        this.obfuscateHostCandidates = b.obfuscateHostCandidates;
        this.turnTlsContext = b.turnTlsContext;
        this.pathMtuDiscovery = b.pathMtuDiscovery;
    }

    /** A builder with the ICE configuration and our certificate. */
    public static Builder builder(IceConfig ice, DtlsCertificate certificate) {
        return new Builder(ice, certificate);
    }

    public IceConfig ice() {
        return ice;
    }

    public DtlsCertificate certificate() {
        return certificate;
    }

    /** The DTLS configuration for a role and the peer's fingerprints. */
    DtlsConfig dtls(RemoteParameters remote) {
        DtlsConfig.Builder b = DtlsConfig.builder().role(remote.localDtlsRole()).certificate(certificate)
                .mtu(DTLS_MTU).handshakeTimeout(dtlsHandshakeTimeout).initialRetransmitTimeout(dtlsInitialRetransmit);
        remote.fingerprints().forEach(b::remoteFingerprint);
        return b.build();
    }

    /**
     * The SCTP configuration toward the peer's port. SctpConfig has one message limit for both
     * directions, so it gets the larger; the data channels hold sends to the peer's limit.
     */
    SctpConfig sctp(RemoteParameters remote) {
        return SctpConfig.builder().localPort(localSctpPort).remotePort(remote.sctpPort()).mtu(SCTP_MTU)
                .maxMessageSize(Math.max(localMaxMessageSize, remote.maxMessageSize())).random(random)
                .pathMtuDiscovery(pathMtuDiscovery).maxMtu(SCTP_MAX_MTU).build();
    }

    /** Whether SCTP probes for a larger path MTU (RFC 8899); the runtime then sets don't-fragment on its sockets. */
    public boolean pathMtuDiscovery() {
        return pathMtuDiscovery;
    }

    /** The largest message we accept (our {@code a=max-message-size}). */
    public int localMaxMessageSize() {
        return localMaxMessageSize;
    }

    public int localSctpPort() {
        return localSctpPort;
    }

    long maxBufferedAmount() {
        return maxBufferedAmount;
    }

    /** The TURN servers, in the order configured (W3C {@code iceServers} with {@code turn:}/{@code turns:} URLs). */
    public List<TurnServerConfig> turnServers() {
        return turnServers;
    }

    /** The W3C {@code iceTransportPolicy}: set on the {@link IceConfig} (relay gathers relay candidates only). */
    public IceTransportPolicy iceTransportPolicy() {
        return ice.transportPolicy();
    }

    /** The W3C {@code iceCandidatePoolSize}. */
    public int candidatePoolSize() {
        return candidatePoolSize;
    }

    /** Whether remote {@code .local} candidates are resolved with multicast DNS. */
    public boolean resolveMdns() {
        return resolveMdns;
    }

    /** Whether our host candidates are handed out as mDNS {@code .local} names. */
    public boolean obfuscateHostCandidates() {
        return obfuscateHostCandidates;
    }

    /** The ICE session's configuration with the TURN servers resolved to these addresses. */
    IceSessionConfig session(List<TurnServer> resolvedTurnServers) {
        IceSessionConfig.Builder b = IceSessionConfig.builder(ice).candidatePoolSize(candidatePoolSize)
                .resolveMdns(resolveMdns).obfuscateHostCandidates(obfuscateHostCandidates);
        resolvedTurnServers.forEach(b::turnServer);
        if (turnTlsContext != null) {
            b.sslContext(turnTlsContext);
        }
        return b.build();
    }

    /** Builds an {@link EngineConfig}. */
    public static final class Builder {
        private final IceConfig ice;
        private final DtlsCertificate certificate;
        private RandomGenerator random = new SecureRandom();
        private int localSctpPort = SctpConfig.DEFAULT_PORT;
        private int localMaxMessageSize = SctpConfig.DEFAULT_MAX_MESSAGE_SIZE;
        private long maxBufferedAmount = DataChannels.DEFAULT_MAX_BUFFERED_AMOUNT;
        private Duration dtlsHandshakeTimeout = Duration.ofSeconds(30);
        private Duration dtlsInitialRetransmit = Duration.ofSeconds(1);
        private final List<TurnServerConfig> turnServers = new ArrayList<>();
        private int candidatePoolSize;
        private boolean resolveMdns = true;
        private boolean obfuscateHostCandidates;
        private SSLContext turnTlsContext;
        private boolean pathMtuDiscovery = true;

        private Builder(IceConfig ice, DtlsCertificate certificate) {
            this.ice = Objects.requireNonNull(ice, "ice");
            this.certificate = Objects.requireNonNull(certificate, "certificate");
        }

        /** Randomness for SCTP tags and TSNs; seed it in simulations. */
        public Builder random(RandomGenerator value) {
            this.random = Objects.requireNonNull(value);
            return this;
        }

        /** Our {@code a=sctp-port} (default 5000). */
        public Builder localSctpPort(int value) {
            this.localSctpPort = value;
            return this;
        }

        /** Our {@code a=max-message-size} (default 256 KiB). */
        public Builder localMaxMessageSize(int value) {
            this.localMaxMessageSize = value;
            return this;
        }

        /** The per-channel send buffer limit (default 16 MiB, as browsers). */
        public Builder maxBufferedAmount(long value) {
            this.maxBufferedAmount = value;
            return this;
        }

        /** How long the DTLS handshake may take once started (default 30 s). */
        public Builder dtlsHandshakeTimeout(Duration value) {
            this.dtlsHandshakeTimeout = Objects.requireNonNull(value);
            return this;
        }

        /** The first DTLS retransmission timeout (default 1 s, RFC 6347 §4.2.4.1). */
        public Builder dtlsInitialRetransmit(Duration value) {
            this.dtlsInitialRetransmit = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Adds a TURN server ({@code turn:host[:port][?transport=udp|tcp]} or {@code turns:...});
         * one allocation is made on each. A host name is resolved by the runtime.
         *
         * @throws IllegalArgumentException if the URL is not a TURN URL
         */
        public Builder turnServer(String url, String username, String credential) {
            io.jrtc.ice.turn.TurnServerUrl.parse(url); // fail here, with the URL, rather than at connect time
            turnServers.add(new TurnServerConfig(url, username, credential));
            return this;
        }

        /** The W3C {@code iceCandidatePoolSize} (0-255, default 0): gathering may start before the first offer. */
        public Builder candidatePoolSize(int value) {
            if (value < 0 || value > 255) {
                throw new IllegalArgumentException("iceCandidatePoolSize must be 0-255 (W3C), got " + value);
            }
            this.candidatePoolSize = value;
            return this;
        }

        /** Resolve remote {@code .local} candidates with multicast DNS (default true, as browsers). */
        public Builder resolveMdns(boolean value) {
            this.resolveMdns = value;
            return this;
        }

        /** Hand out host candidates as random mDNS {@code .local} names (default false). */
        public Builder obfuscateHostCandidates(boolean value) {
            this.obfuscateHostCandidates = value;
            return this;
        }

        /** The TLS context for {@code turns:} servers (default: the JDK's default context and trust store). */
        public Builder turnTlsContext(SSLContext value) {
            this.turnTlsContext = Objects.requireNonNull(value);
            return this;
        }

        /** Path MTU discovery for the SCTP association (RFC 8899; default true). */
        public Builder pathMtuDiscovery(boolean value) {
            this.pathMtuDiscovery = value;
            return this;
        }

        public EngineConfig build() {
            return new EngineConfig(this);
        }
    }
}
