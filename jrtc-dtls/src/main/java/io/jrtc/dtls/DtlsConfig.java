package io.jrtc.dtls;

import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a {@link DtlsTransport} needs: our role and certificate, the peer's fingerprints
 * from its SDP, the SRTP profiles to negotiate, timing knobs, and the clock that judges the peer
 * certificate's validity period. Immutable; build with
 * {@link #builder()}.
 */
public final class DtlsConfig {
    /** Path MTU WebRTC stacks assume for DTLS flights. */
    public static final int DEFAULT_MTU = 1200;
    /** The SRTP profiles offered when none are set, most preferred first. */
    public static final List<SrtpProfile> DEFAULT_SRTP_PROFILES = List.of(
            SrtpProfile.SRTP_AEAD_AES_128_GCM, SrtpProfile.SRTP_AEAD_AES_256_GCM,
            SrtpProfile.SRTP_AES128_CM_HMAC_SHA1_80, SrtpProfile.SRTP_AES128_CM_HMAC_SHA1_32);

    private final DtlsRole role;
    private final DtlsCertificate certificate;
    private final List<DtlsFingerprint> remoteFingerprints;
    private final List<SrtpProfile> srtpProfiles;
    private final int mtu;
    private final Duration initialRetransmitTimeout;
    private final Duration maxRetransmitTimeout;
    private final Duration handshakeTimeout;
    private final int engineResendMillis;
    private final InstantSource clock;

    private DtlsConfig(Builder b) {
        this.role = Objects.requireNonNull(b.role, "role");
        this.certificate = Objects.requireNonNull(b.certificate, "certificate");
        if (b.remoteFingerprints.isEmpty()) {
            throw new IllegalArgumentException("at least one remote fingerprint is required: without it"
                    + " the peer is not authenticated (RFC 8827 §6.5)");
        }
        this.remoteFingerprints = List.copyOf(b.remoteFingerprints);
        this.srtpProfiles = List.copyOf(b.srtpProfiles);
        if (b.mtu < 256 || b.mtu > 65_507) {
            throw new IllegalArgumentException("mtu must be within 256..65507: " + b.mtu);
        }
        this.mtu = b.mtu;
        this.initialRetransmitTimeout = positive(b.initialRetransmitTimeout, "initialRetransmitTimeout");
        this.maxRetransmitTimeout = positive(b.maxRetransmitTimeout, "maxRetransmitTimeout");
        this.handshakeTimeout = positive(b.handshakeTimeout, "handshakeTimeout");
        if (b.engineResendMillis < 1) {
            throw new IllegalArgumentException("engineResendMillis must be at least 1");
        }
        this.engineResendMillis = b.engineResendMillis;
        this.clock = Objects.requireNonNull(b.clock, "clock");
    }

    private static Duration positive(Duration d, String name) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
        return d;
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Client or server. */
    public DtlsRole role() {
        return role;
    }

    /** Our certificate. */
    public DtlsCertificate certificate() {
        return certificate;
    }

    /** The peer's fingerprints; its certificate must match one. */
    public List<DtlsFingerprint> remoteFingerprints() {
        return remoteFingerprints;
    }

    /** use_srtp profiles in preference order; empty to not negotiate SRTP. */
    public List<SrtpProfile> srtpProfiles() {
        return srtpProfiles;
    }

    /** Largest datagram we send; handshake flights are fragmented to fit. */
    public int mtu() {
        return mtu;
    }

    /** First retransmission timeout of a flight (RFC 6347 §4.2.4.1 suggests 1 s). */
    public Duration initialRetransmitTimeout() {
        return initialRetransmitTimeout;
    }

    /** Ceiling of the doubling retransmission timeout (RFC 6347 §4.2.4.1: 60 s). */
    public Duration maxRetransmitTimeout() {
        return maxRetransmitTimeout;
    }

    /** The handshake fails if it has not completed this long after {@code start}. */
    public Duration handshakeTimeout() {
        return handshakeTimeout;
    }

    /** The initial resend time handed to Bouncy Castle, in wall-clock milliseconds (see the builder). */
    public int engineResendMillis() {
        return engineResendMillis;
    }

    /** The wall clock the peer certificate's notBefore/notAfter are checked against. */
    public InstantSource clock() {
        return clock;
    }

    /** Builds a {@link DtlsConfig}. */
    public static final class Builder {
        private DtlsRole role;
        private DtlsCertificate certificate;
        private final List<DtlsFingerprint> remoteFingerprints = new ArrayList<>();
        private List<SrtpProfile> srtpProfiles = DEFAULT_SRTP_PROFILES;
        private int mtu = DEFAULT_MTU;
        private Duration initialRetransmitTimeout = Duration.ofSeconds(1);
        private Duration maxRetransmitTimeout = Duration.ofSeconds(60);
        private Duration handshakeTimeout = Duration.ofSeconds(30);
        private int engineResendMillis = 2;
        private InstantSource clock = InstantSource.system();

        private Builder() {}

        /** Our role (required), e.g. from {@link DtlsRole#fromSetup}. */
        public Builder role(DtlsRole role) {
            this.role = role;
            return this;
        }

        /** Our certificate (required). */
        public Builder certificate(DtlsCertificate certificate) {
            this.certificate = certificate;
            return this;
        }

        /** Adds a fingerprint from the peer's {@code a=fingerprint} (at least one is required). */
        public Builder remoteFingerprint(DtlsFingerprint fingerprint) {
            remoteFingerprints.add(Objects.requireNonNull(fingerprint));
            return this;
        }

        /** The SRTP profiles to offer or accept, most preferred first. */
        public Builder srtpProfiles(List<SrtpProfile> profiles) {
            this.srtpProfiles = List.copyOf(profiles);
            return this;
        }

        /** The path MTU for our datagrams (default 1200). */
        public Builder mtu(int mtu) {
            this.mtu = mtu;
            return this;
        }

        /** First retransmission timeout (default 1 s). */
        public Builder initialRetransmitTimeout(Duration d) {
            this.initialRetransmitTimeout = d;
            return this;
        }

        /** Ceiling of the retransmission timeout (default 60 s). */
        public Builder maxRetransmitTimeout(Duration d) {
            this.maxRetransmitTimeout = d;
            return this;
        }

        /** How long the handshake may take before it fails (default 30 s). */
        public Builder handshakeTimeout(Duration d) {
            this.handshakeTimeout = d;
            return this;
        }

        /**
         * The initial resend time given to Bouncy Castle's own wall-clock timer (default 2 ms).
         * The transport's (virtual) retransmission timer decides when a flight is resent; BC
         * additionally insists that its own timer has run out, which the transport then sleeps
         * out on the handshake thread. So this is the real time one simulated timeout costs
         * (doubling per consecutive timeout, at most 250 ms); with a real clock it has long
         * passed by then. Resends BC would make on its own timer are dropped.
         */
        public Builder engineResendMillis(int millis) {
            this.engineResendMillis = millis;
            return this;
        }

        /**
         * The wall clock for the peer certificate's validity period (default the system clock): a
         * certificate that has expired or is not yet valid when it arrives fails the handshake with
         * certificate_expired. Tests pass a fixed clock.
         */
        public Builder clock(InstantSource clock) {
            this.clock = clock;
            return this;
        }

        /** The configuration. */
        public DtlsConfig build() {
            return new DtlsConfig(this);
        }
    }
}
