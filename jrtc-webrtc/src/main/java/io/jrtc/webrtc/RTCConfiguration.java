package io.jrtc.webrtc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * W3C {@code RTCConfiguration}: how a connection uses ICE, BUNDLE and RTCP, and which certificates
 * it uses (WebRTC 1.0 section 4.2.1). Immutable; the ICE servers were validated when built.
 *
 * <p>One deliberate difference: the default {@link #bundlePolicy()} is {@link
 * RTCBundlePolicy#MAX_BUNDLE} rather than the spec's {@code balanced}, which is what browsers'
 * offers amount to in practice: everything on one transport. jrtc's own knobs (ports, timeouts)
 * are in {@link JrtcSettings}, not here.
 */
public final class RTCConfiguration {
    private final List<RTCIceServer> iceServers;
    private final RTCIceTransportPolicy iceTransportPolicy;
    private final RTCBundlePolicy bundlePolicy;
    private final RTCRtcpMuxPolicy rtcpMuxPolicy;
    private final List<RTCCertificate> certificates;
    private final int iceCandidatePoolSize;

    private RTCConfiguration(Builder b) {
        this.iceServers = List.copyOf(b.iceServers);
        this.iceTransportPolicy = b.iceTransportPolicy;
        this.bundlePolicy = b.bundlePolicy;
        this.rtcpMuxPolicy = b.rtcpMuxPolicy;
        this.certificates = List.copyOf(b.certificates);
        this.iceCandidatePoolSize = b.iceCandidatePoolSize;
    }

    /** The defaults: no ICE servers, all candidates, max-bundle, rtcp-mux required, no pool. */
    public static RTCConfiguration defaults() {
        return builder().build();
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration, e.g. to change it for {@code setConfiguration}. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.iceServers.addAll(iceServers);
        b.iceTransportPolicy = iceTransportPolicy;
        b.bundlePolicy = bundlePolicy;
        b.rtcpMuxPolicy = rtcpMuxPolicy;
        b.certificates.addAll(certificates);
        b.iceCandidatePoolSize = iceCandidatePoolSize;
        return b;
    }

    /** The STUN and TURN servers. */
    public List<RTCIceServer> iceServers() {
        return iceServers;
    }

    /** Which candidates ICE may use; default {@code all}. */
    public RTCIceTransportPolicy iceTransportPolicy() {
        return iceTransportPolicy;
    }

    /** How media is bundled; default {@code max-bundle} (see the class comment). */
    public RTCBundlePolicy bundlePolicy() {
        return bundlePolicy;
    }

    /** The RTCP multiplexing policy; always {@code require}. */
    public RTCRtcpMuxPolicy rtcpMuxPolicy() {
        return rtcpMuxPolicy;
    }

    /** The certificates to use; empty means the connection generates one. */
    public List<RTCCertificate> certificates() {
        return certificates;
    }

    /** How many ICE candidates to gather before an offer is made (0-255); default 0. */
    public int iceCandidatePoolSize() {
        return iceCandidatePoolSize;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RTCConfiguration c
                && c.iceServers.equals(iceServers)
                && c.iceTransportPolicy == iceTransportPolicy
                && c.bundlePolicy == bundlePolicy
                && c.rtcpMuxPolicy == rtcpMuxPolicy
                && c.certificates.equals(certificates)
                && c.iceCandidatePoolSize == iceCandidatePoolSize;
    }

    @Override
    public int hashCode() {
        return Objects.hash(iceServers, iceTransportPolicy, bundlePolicy, rtcpMuxPolicy, certificates, iceCandidatePoolSize);
    }

    @Override
    public String toString() {
        return "RTCConfiguration{iceServers=" + iceServers + ", iceTransportPolicy=" + iceTransportPolicy
                + ", bundlePolicy=" + bundlePolicy + ", rtcpMuxPolicy=" + rtcpMuxPolicy
                + ", certificates=" + certificates.size() + ", iceCandidatePoolSize=" + iceCandidatePoolSize + "}";
    }

    /** Builds an {@link RTCConfiguration}. */
    public static final class Builder {
        private final List<RTCIceServer> iceServers = new ArrayList<>();
        private RTCIceTransportPolicy iceTransportPolicy = RTCIceTransportPolicy.ALL;
        private RTCBundlePolicy bundlePolicy = RTCBundlePolicy.MAX_BUNDLE;
        private RTCRtcpMuxPolicy rtcpMuxPolicy = RTCRtcpMuxPolicy.REQUIRE;
        private final List<RTCCertificate> certificates = new ArrayList<>();
        private int iceCandidatePoolSize;

        private Builder() {}

        /** Replaces the ICE servers (each validated when it was built). */
        public Builder iceServers(List<RTCIceServer> values) {
            iceServers.clear();
            values.forEach(v -> iceServers.add(Objects.requireNonNull(v, "iceServers element")));
            return this;
        }

        /** Adds one ICE server. */
        public Builder iceServer(RTCIceServer value) {
            iceServers.add(Objects.requireNonNull(value, "iceServer"));
            return this;
        }

        /** Which candidates ICE may use. */
        public Builder iceTransportPolicy(RTCIceTransportPolicy value) {
            this.iceTransportPolicy = Objects.requireNonNull(value, "iceTransportPolicy");
            return this;
        }

        /** The bundle policy. */
        public Builder bundlePolicy(RTCBundlePolicy value) {
            this.bundlePolicy = Objects.requireNonNull(value, "bundlePolicy");
            return this;
        }

        /** The RTCP multiplexing policy. */
        public Builder rtcpMuxPolicy(RTCRtcpMuxPolicy value) {
            this.rtcpMuxPolicy = Objects.requireNonNull(value, "rtcpMuxPolicy");
            return this;
        }

        /** Replaces the certificates. */
        public Builder certificates(List<RTCCertificate> values) {
            certificates.clear();
            values.forEach(v -> certificates.add(Objects.requireNonNull(v, "certificates element")));
            return this;
        }

        /**
         * The candidate pool size, an {@code octet} in WebIDL.
         *
         * @throws RTCException a TypeError outside 0-255
         */
        public Builder iceCandidatePoolSize(int value) {
            if (value < 0 || value > 255) {
                throw new RTCException(RTCErrorName.TYPE_ERROR,
                        "iceCandidatePoolSize " + value + " is out of range; use 0 to 255");
            }
            this.iceCandidatePoolSize = value;
            return this;
        }

        /** Builds the configuration. */
        public RTCConfiguration build() {
            return new RTCConfiguration(this);
        }
    }
}
