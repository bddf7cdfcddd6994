package io.jrtc.srtp;

import io.jrtc.srtp.internal.RtcpEngine;
import io.jrtc.srtp.internal.RtpEngine;
import io.jrtc.srtp.internal.Transform;
import io.jrtc.srtp.internal.Transforms;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SRTP and SRTCP for one direction under one master key (RFC 3711 §3.2): protect what this side
 * sends, or unprotect what the peer sends, for any number of SSRCs, each with its own rollover
 * counter, SRTCP index and replay window.
 *
 * <p>Everything happens in the caller's buffer: protect grows a packet in place by
 * {@link SrtpProfile#rtpTagLength()} (SRTP) or {@link SrtpProfile#rtcpOverhead()} (SRTCP) bytes,
 * which must be free after it; unprotect shrinks it. Steady-state processing reuses the cipher
 * objects of the context.
 *
 * <p>Unprotect never throws because of the packet's bytes: it returns the plaintext length, or a
 * negative value {@link SrtpError#code()} and counts the drop ({@link #dropped(SrtpError)}).
 * Protect throws {@link IllegalArgumentException} for a packet that is not RTP/RTCP or has no room,
 * and {@link SrtpKeyLifetimeException} once the key is used up.
 *
 * <p>Not thread-safe: one context belongs to one serial context (DESIGN.md, "The runtime").
 */
public final class SrtpContext {
    private static final Logger LOG = LoggerFactory.getLogger(SrtpContext.class);

    private final SrtpProfile profile;
    private final RtpEngine rtp;
    private final RtcpEngine rtcp;
    private final long[] drops = new long[SrtpError.values().length];
    private long rtpUnprotected;
    private long rtcpUnprotected;

    SrtpContext(SrtpProfile profile, SrtpConfig config, Transform transform) {
        this.profile = profile;
        this.rtp = new RtpEngine(transform, config, profile.rtpTagLength());
        this.rtcp = new RtcpEngine(transform, config, profile.rtcpTagLength(), profile.isAead());
    }

    /** A context for {@code profile}, deriving the session keys from {@code masterKey} (RFC 3711 §4.3). */
    public static SrtpContext create(SrtpProfile profile, SrtpMasterKey masterKey, SrtpConfig config) {
        Objects.requireNonNull(config, "config");
        masterKey.check(profile);
        return new SrtpContext(profile, config,
                Transforms.fromMasterKey(profile, masterKey.keyInternal(), masterKey.saltInternal()));
    }

    /** The protection profile. */
    public SrtpProfile profile() {
        return profile;
    }

    /**
     * Protects the RTP packet {@code buf[off, off+len)} in place.
     *
     * @return the SRTP length, {@code len + profile().rtpTagLength()}
     * @throws IllegalArgumentException if it is not an RTP packet, the tag does not fit in {@code buf},
     *     or this SSRC and sequence number (packet index) were already protected: encrypting twice under
     *     one index reuses keystream or GCM nonce, so a retransmission must resend the protected bytes
     * @throws SrtpKeyLifetimeException if the key has protected its limit of packets
     */
    public int protectRtp(byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        return rtp.protect(buf, off, len);
    }

    /**
     * Protects {@code src[srcOff, srcOff+len)} into {@code dst} at {@code dstOff}, which needs room
     * for the tag too; see {@link #protectRtp(byte[], int, int)}. {@code src} is not modified (unless
     * it is {@code dst}). With AES-GCM and two different arrays the payload is encrypted straight
     * into {@code dst}, without the copy an in-place call needs first.
     */
    public int protectRtp(byte[] src, int srcOff, int len, byte[] dst, int dstOff) {
        Objects.checkFromIndexSize(srcOff, len, src.length);
        Objects.checkFromIndexSize(dstOff, len, dst.length);
        return rtp.protect(src, srcOff, len, dst, dstOff);
    }

    /**
     * Unprotects the SRTP packet {@code buf[off, off+len)} in place.
     *
     * @return the RTP length, or a negative {@link SrtpError#code()} (the packet is then dropped and counted)
     */
    public int unprotectRtp(byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        return counted(rtp.unprotect(buf, off, len), len);
    }

    /**
     * Unprotects {@code src[srcOff, srcOff+len)} into {@code dst} at {@code dstOff}, which needs
     * room for {@code len} bytes; see {@link #unprotectRtp(byte[], int, int)}. {@code src} is not
     * modified (unless it is {@code dst}); after a failure that range of {@code dst} holds nothing
     * meaningful. With AES-GCM and two different arrays the payload is decrypted straight into
     * {@code dst}, with no copies.
     */
    public int unprotectRtp(byte[] src, int srcOff, int len, byte[] dst, int dstOff) {
        Objects.checkFromIndexSize(srcOff, len, src.length);
        if (dstOff < 0 || dstOff > dst.length || dst.length - dstOff < len) {
            return drop(SrtpError.BUFFER_TOO_SMALL.code(), "SRTP", len);
        }
        return counted(rtp.unprotect(src, srcOff, len, dst, dstOff), len);
    }

    private int counted(int r, int len) {
        if (r >= 0) {
            rtpUnprotected++;
        } else {
            drop(r, "SRTP", len);
        }
        return r;
    }

    /**
     * Protects the RTCP (compound) packet {@code buf[off, off+len)} in place, with the next SRTCP
     * index of its sender SSRC.
     *
     * @return the SRTCP length, {@code len + profile().rtcpOverhead()}
     * @throws IllegalArgumentException if it is not an RTCP packet or the trailer does not fit
     * @throws SrtpKeyLifetimeException if the key or the SSRC's SRTCP index is used up
     */
    public int protectRtcp(byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        return rtcp.protect(buf, off, len);
    }

    /** Protects {@code src[srcOff, srcOff+len)} into {@code dst} at {@code dstOff}; see {@link #protectRtcp(byte[], int, int)}. */
    public int protectRtcp(byte[] src, int srcOff, int len, byte[] dst, int dstOff) {
        Objects.checkFromIndexSize(srcOff, len, src.length);
        Objects.checkFromIndexSize(dstOff, len, dst.length);
        System.arraycopy(src, srcOff, dst, dstOff, len);
        return rtcp.protect(dst, dstOff, len);
    }

    /**
     * Unprotects the SRTCP packet {@code buf[off, off+len)} in place.
     *
     * @return the RTCP length, or a negative {@link SrtpError#code()} (the packet is then dropped and counted)
     */
    public int unprotectRtcp(byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        int r = rtcp.unprotect(buf, off, len);
        if (r >= 0) {
            rtcpUnprotected++;
        } else {
            drop(r, "SRTCP", len);
        }
        return r;
    }

    /** Unprotects {@code src[srcOff, srcOff+len)} into {@code dst} at {@code dstOff}; see {@link #unprotectRtcp(byte[], int, int)}. */
    public int unprotectRtcp(byte[] src, int srcOff, int len, byte[] dst, int dstOff) {
        Objects.checkFromIndexSize(srcOff, len, src.length);
        if (dstOff < 0 || dstOff > dst.length || dst.length - dstOff < len) {
            return drop(SrtpError.BUFFER_TOO_SMALL.code(), "SRTCP", len);
        }
        System.arraycopy(src, srcOff, dst, dstOff, len);
        return unprotectRtcp(dst, dstOff, len);
    }

    private int drop(int code, String what, int len) {
        SrtpError e = SrtpError.of(code);
        drops[e.ordinal()]++;
        if (LOG.isDebugEnabled()) {
            LOG.debug("dropped {} packet of {} bytes: {}", what, len, e);
        }
        return code;
    }

    /**
     * Declares an SSRC the peer sends on, so its packets are accepted when the configuration does
     * not accept new SSRCs ({@link SrtpConfig#acceptNewSsrcs()}). Applies to SRTP and SRTCP.
     */
    public void addSsrc(int ssrc) {
        rtp.addSsrc(ssrc);
        rtcp.addSsrc(ssrc);
    }

    /** How many packets were dropped for {@code reason}. */
    public long dropped(SrtpError reason) {
        return drops[reason.ordinal()];
    }

    /** SRTP packets protected under this key (the count the key lifetime limits). */
    public long rtpProtected() {
        return rtp.protectedCount();
    }

    /** SRTCP packets protected under this key. */
    public long rtcpProtected() {
        return rtcp.protectedCount();
    }

    /** SRTP packets unprotected successfully. */
    public long rtpUnprotected() {
        return rtpUnprotected;
    }

    /** SRTCP packets unprotected successfully. */
    public long rtcpUnprotected() {
        return rtcpUnprotected;
    }

    /** The rollover counter of a receive SSRC (RFC 3711 §3.3.1), or -1 if none of its packets arrived. */
    public long receiveRolloverCounter(int ssrc) {
        return rtp.receiveRoc(ssrc);
    }

    /** The rollover counter of a send SSRC, or -1 if nothing was sent on it. */
    public long sendRolloverCounter(int ssrc) {
        return rtp.sendRoc(ssrc);
    }

    /** The SRTCP index the next RTCP packet sent with sender SSRC {@code ssrc} will carry. */
    public int nextSrtcpIndex(int ssrc) {
        return rtcp.nextIndex(ssrc);
    }

    @Override
    public String toString() {
        return "SrtpContext[" + profile + ", protected " + rtpProtected() + "/" + rtcpProtected()
                + ", unprotected " + rtpUnprotected + "/" + rtcpUnprotected + "]";
    }
}
