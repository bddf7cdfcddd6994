package io.jrtc.webrtc.internal.engine;

import io.jrtc.dtls.SrtpKeyingMaterial;
import io.jrtc.srtp.SrtpConfig;
import io.jrtc.srtp.SrtpContext;
import io.jrtc.srtp.SrtpProfile;
import io.jrtc.srtp.SrtpSession;
import java.util.Arrays;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SRTP and SRTCP keyed from the DTLS handshake (RFC 5764 §4.2): protects raw RTP/RTCP packets
 * the application sends, unprotects what arrives and reports it by SSRC. Packets that fail
 * authentication or replay checks are dropped and counted by the SRTP contexts.
 */
final class MediaLayer {
    private static final Logger LOG = LoggerFactory.getLogger(MediaLayer.class);

    private SrtpKeyingMaterial keys;
    private boolean dtlsClient;
    private SrtpSession session;
    private long droppedBeforeKeys;
    private long droppedInvalid;

    /**
     * DTLS connected with use_srtp negotiated. The contexts are built at the first packet rather
     * than here: deriving the keys and making the ciphers costs tens of microseconds at the moment
     * DTLS connects, when the SCTP INIT is about to go, and a connection with data channels only
     * never needs them.
     */
    void keyed(SrtpKeyingMaterial keys, boolean dtlsClient) {
        this.keys = keys;
        this.dtlsClient = dtlsClient;
    }

    boolean ready() {
        return keys != null;
    }

    /** The contexts, built on first use; null before the keys. */
    private SrtpSession session() {
        if (session == null && keys != null) {
            SrtpProfile profile = SrtpProfile.fromDtlsId(keys.profile().id());
            session = SrtpSession.fromDtlsKeyingMaterial(profile, keys.material(),
                    dtlsClient ? SrtpSession.Role.CLIENT : SrtpSession.Role.SERVER, SrtpConfig.defaults());
        }
        return session;
    }

    /** The SRTP form of an RTP packet, or null if SRTP is not keyed or the packet is not RTP. */
    byte[] protectRtp(byte[] rtp) {
        SrtpSession session = session();
        if (session == null) {
            return null;
        }
        SrtpContext out = session.outbound();
        byte[] buf = Arrays.copyOf(rtp, rtp.length + out.profile().rtpTagLength());
        int n = out.protectRtp(buf, 0, rtp.length);
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }

    /** The SRTCP form of an RTCP packet, or null if SRTP is not keyed. */
    byte[] protectRtcp(byte[] rtcp) {
        SrtpSession session = session();
        if (session == null) {
            return null;
        }
        SrtpContext out = session.outbound();
        byte[] buf = Arrays.copyOf(rtcp, rtcp.length + out.profile().rtcpOverhead());
        int n = out.protectRtcp(buf, 0, rtcp.length);
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }

    /** An SRTP packet from the network: unprotected and reported, or dropped. Never throws. */
    void onSrtp(long nowNanos, byte[] packet, Consumer<EngineEvent> events) {
        SrtpSession session = session();
        if (session == null) {
            droppedBeforeKeys++;
            return;
        }
        if (packet.length < 12) {
            droppedInvalid++;
            return;
        }
        byte[] buf = packet.clone();
        int n = session.inbound().unprotectRtp(buf, 0, buf.length);
        if (n < 0) {
            LOG.trace("dropped an SRTP packet: {}", io.jrtc.srtp.SrtpError.of(n));
            return;
        }
        long ssrc = ((buf[8] & 0xFFL) << 24) | ((buf[9] & 0xFFL) << 16) | ((buf[10] & 0xFFL) << 8) | (buf[11] & 0xFFL);
        events.accept(new EngineEvent.RtpReceived(ssrc, Arrays.copyOf(buf, n), nowNanos));
    }

    /** An SRTCP packet from the network: unprotected and reported, or dropped. Never throws. */
    void onSrtcp(long nowNanos, byte[] packet, Consumer<EngineEvent> events) {
        SrtpSession session = session();
        if (session == null) {
            droppedBeforeKeys++;
            return;
        }
        byte[] buf = packet.clone();
        int n = session.inbound().unprotectRtcp(buf, 0, buf.length);
        if (n < 0) {
            LOG.trace("dropped an SRTCP packet: {}", io.jrtc.srtp.SrtpError.of(n));
            return;
        }
        events.accept(new EngineEvent.RtcpReceived(Arrays.copyOf(buf, n), nowNanos));
    }

    /** SRTP/SRTCP packets dropped: before keys, too short, or rejected by the inbound context. */
    long dropped() {
        long d = droppedBeforeKeys + droppedInvalid;
        if (session != null) {
            for (io.jrtc.srtp.SrtpError e : io.jrtc.srtp.SrtpError.values()) {
                d += session.inbound().dropped(e);
            }
        }
        return d;
    }

    long rtpReceived() {
        return session == null ? 0 : session.inbound().rtpUnprotected();
    }

    long rtpSent() {
        return session == null ? 0 : session.outbound().rtpProtected();
    }
}
