package io.jrtc.srtp;

/**
 * Settings of an {@link SrtpContext}, immutable; {@link #builder()} makes one. The defaults suit
 * WebRTC: 64-packet replay window, new SSRCs accepted once authenticated, payloads encrypted.
 */
public final class SrtpConfig {
    /** RFC 3711 §9.2: a master key protects at most 2^48 SRTP packets. */
    public static final long MAX_SRTP_PACKETS = 1L << 48;
    /** RFC 3711 §9.2: a master key protects at most 2^31 SRTCP packets. */
    public static final long MAX_SRTCP_PACKETS = 1L << 31;
    /** Largest replay window this implementation keeps. */
    public static final int MAX_REPLAY_WINDOW = 32768;

    private static final SrtpConfig DEFAULTS = builder().build();

    private final int replayWindow;
    private final boolean replayProtection;
    private final boolean acceptNewSsrcs;
    private final int maxSsrcs;
    private final boolean encryptRtp;
    private final boolean encryptRtcp;
    private final long srtpPacketLimit;
    private final long srtcpPacketLimit;

    private SrtpConfig(Builder b) {
        this.replayWindow = b.replayWindow;
        this.replayProtection = b.replayProtection;
        this.acceptNewSsrcs = b.acceptNewSsrcs;
        this.maxSsrcs = b.maxSsrcs;
        this.encryptRtp = b.encryptRtp;
        this.encryptRtcp = b.encryptRtcp;
        this.srtpPacketLimit = b.srtpPacketLimit;
        this.srtcpPacketLimit = b.srtcpPacketLimit;
    }

    /** The defaults. */
    public static SrtpConfig defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Replay window size in packets (RFC 3711 §3.3.2), per SSRC. */
    public int replayWindow() {
        return replayWindow;
    }

    /** Whether unprotect drops replayed packets (RFC 3711 §3.3.2); true unless turned off. */
    public boolean replayProtection() {
        return replayProtection;
    }

    /** Whether unprotect accepts an SSRC it has not seen (its first packet must authenticate). */
    public boolean acceptNewSsrcs() {
        return acceptNewSsrcs;
    }

    /** Most SSRCs one context keeps state for, per RTP and per RTCP. */
    public int maxSsrcs() {
        return maxSsrcs;
    }

    /** Whether protect encrypts RTP payloads (else authentication only). */
    public boolean encryptRtp() {
        return encryptRtp;
    }

    /** Whether protect encrypts RTCP (the E flag, RFC 3711 §3.4). */
    public boolean encryptRtcp() {
        return encryptRtcp;
    }

    /** SRTP packets the master key may protect before protect refuses. */
    public long srtpPacketLimit() {
        return srtpPacketLimit;
    }

    /** SRTCP packets the master key may protect before protect refuses. */
    public long srtcpPacketLimit() {
        return srtcpPacketLimit;
    }

    @Override
    public String toString() {
        return "SrtpConfig[replayWindow=" + replayWindow + ", replayProtection=" + replayProtection
                + ", acceptNewSsrcs=" + acceptNewSsrcs + ", maxSsrcs=" + maxSsrcs + ", encryptRtp=" + encryptRtp
                + ", encryptRtcp=" + encryptRtcp + ", srtpPacketLimit=" + srtpPacketLimit
                + ", srtcpPacketLimit=" + srtcpPacketLimit + "]";
    }

    /** Builds an {@link SrtpConfig}. */
    public static final class Builder {
        private int replayWindow = 64;
        private boolean replayProtection = true;
        private boolean acceptNewSsrcs = true;
        private int maxSsrcs = 1024;
        private boolean encryptRtp = true;
        private boolean encryptRtcp = true;
        private long srtpPacketLimit = MAX_SRTP_PACKETS;
        private long srtcpPacketLimit = MAX_SRTCP_PACKETS;

        private Builder() {}

        /** Replay window in packets, 1 to {@value #MAX_REPLAY_WINDOW} (default 64). */
        public Builder replayWindow(int packets) {
            if (packets < 1 || packets > MAX_REPLAY_WINDOW) {
                throw new IllegalArgumentException("replay window " + packets + " is not in 1-" + MAX_REPLAY_WINDOW);
            }
            this.replayWindow = packets;
            return this;
        }

        /**
         * Turns replay protection off (RFC 3711 §3.3.2 lets a receiver do so, for example a relay
         * that forwards and relies on the endpoints' checks). Packets are still authenticated, and
         * the highest index still drives ROC estimation. Default: on.
         */
        public Builder replayProtection(boolean on) {
            this.replayProtection = on;
            return this;
        }

        /**
         * Whether unprotect accepts SSRCs it has not been told about with
         * {@link SrtpContext#addSsrc(int)} (default true).
         */
        public Builder acceptNewSsrcs(boolean accept) {
            this.acceptNewSsrcs = accept;
            return this;
        }

        /** Most SSRCs kept per context, per RTP and RTCP (default 1024); beyond it new ones are dropped. */
        public Builder maxSsrcs(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxSsrcs must be at least 1, got " + max);
            }
            this.maxSsrcs = max;
            return this;
        }

        /** Whether to encrypt RTP payloads (default true; false is RFC 3711's NULL cipher / RFC 7714 §16.1.3). */
        public Builder encryptRtp(boolean encrypt) {
            this.encryptRtp = encrypt;
            return this;
        }

        /** Whether to encrypt RTCP (default true; false sends E=0 packets, RFC 3711 §3.4). */
        public Builder encryptRtcp(boolean encrypt) {
            this.encryptRtcp = encrypt;
            return this;
        }

        /**
         * Lowers the key lifetime: packets the master key may protect, at most 2^48 SRTP and 2^31
         * SRTCP (RFC 3711 §9.2), for policies that re-key sooner.
         */
        public Builder keyLifetime(long srtpPackets, long srtcpPackets) {
            if (srtpPackets < 1 || srtpPackets > MAX_SRTP_PACKETS || srtcpPackets < 1 || srtcpPackets > MAX_SRTCP_PACKETS) {
                throw new IllegalArgumentException("key lifetime must be 1-2^48 SRTP and 1-2^31 SRTCP packets");
            }
            this.srtpPacketLimit = srtpPackets;
            this.srtcpPacketLimit = srtcpPackets;
            return this;
        }

        /** The configuration. */
        public SrtpConfig build() {
            return new SrtpConfig(this);
        }
    }
}
