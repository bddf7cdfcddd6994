package io.jrtc.webrtc.internal.engine;

import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.dtls.DtlsConfig;
import io.jrtc.ice.IceConfig;
import io.jrtc.sctp.SctpConfig;
import io.jrtc.sctp.datachannel.DataChannels;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How one engine is set up: the ICE configuration (role and credentials), the local certificate,
 * and the knobs of the layers above. Built with {@link #builder(IceConfig, DtlsCertificate)}.
 */
public final class EngineConfig {
    /** Path MTU for DTLS records (what browsers assume). */
    public static final int DTLS_MTU = DtlsConfig.DEFAULT_MTU;
    /**
     * SCTP packet size: one SCTP packet must fit one DTLS record within {@link #DTLS_MTU}
     * (RFC 8261 §5), and the record adds up to 13 header + 16 IV + 48 MAC/padding bytes.
     */
    public static final int SCTP_MTU = DTLS_MTU - 80;

    private final IceConfig ice;
    private final DtlsCertificate certificate;
    private final RandomGenerator random;
    private final int localSctpPort;
    private final int localMaxMessageSize;
    private final long maxBufferedAmount;
    private final Duration dtlsHandshakeTimeout;
    private final Duration dtlsInitialRetransmit;

    private EngineConfig(Builder b) {
        this.ice = b.ice;
        this.certificate = b.certificate;
        this.random = b.random;
        this.localSctpPort = b.localSctpPort;
        this.localMaxMessageSize = b.localMaxMessageSize;
        this.maxBufferedAmount = b.maxBufferedAmount;
        this.dtlsHandshakeTimeout = b.dtlsHandshakeTimeout;
        this.dtlsInitialRetransmit = b.dtlsInitialRetransmit;
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
                .maxMessageSize(Math.max(localMaxMessageSize, remote.maxMessageSize())).random(random).build();
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

        public EngineConfig build() {
            return new EngineConfig(this);
        }
    }
}
