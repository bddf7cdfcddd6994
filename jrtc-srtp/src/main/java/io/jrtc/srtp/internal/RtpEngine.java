package io.jrtc.srtp.internal;

import io.jrtc.rtp.RtpHeader;
import io.jrtc.srtp.SrtpConfig;
import io.jrtc.srtp.SrtpError;
import io.jrtc.srtp.SrtpKeyLifetimeException;

/**
 * SRTP packet processing (RFC 3711 §3.3) for one context: per-SSRC index state for sending, per-SSRC
 * replay windows for receiving, the key lifetime count, and the transform. Unprotect returns the
 * plaintext length or a negative {@link SrtpError#code()}; it throws for nothing the bytes contain.
 */
public final class RtpEngine {
    private final Transform transform;
    private final SrtpConfig config;
    private final int tag;
    private final SsrcTable<ReplayWindow> sent = new SsrcTable<>(); // indices already protected
    private final SsrcTable<ReplayWindow> received = new SsrcTable<>();
    private long protectedCount;

    /**
     * @param transform the context's transform
     * @param config the context's settings
     * @param tag the SRTP tag length of the profile
     */
    public RtpEngine(Transform transform, SrtpConfig config, int tag) {
        this.transform = transform;
        this.config = config;
        this.tag = tag;
    }

    /** Packets protected so far under this key. */
    public long protectedCount() {
        return protectedCount;
    }

    /**
     * Protects in place; {@code buf} needs {@code tag} bytes of room after the packet.
     *
     * @throws IllegalArgumentException if the bytes are not an RTP packet, there is no room, or
     *     the packet's index was already protected
     * @throws SrtpKeyLifetimeException once the key has protected its limit of packets
     */
    public int protect(byte[] buf, int off, int len) {
        return protect(buf, off, len, buf, off);
    }

    /**
     * Protects {@code src[srcOff, srcOff+len)} into {@code dst} at {@code dstOff} (any arrays, even
     * overlapping ranges of one); {@code src} is left alone unless it is {@code dst}, and nothing is
     * written when this throws.
     *
     * @throws IllegalArgumentException as {@link #protect(byte[], int, int)}
     * @throws SrtpKeyLifetimeException as {@link #protect(byte[], int, int)}
     */
    public int protect(byte[] src, int srcOff, int len, byte[] dst, int dstOff) {
        byte[] buf = src;
        int off = srcOff;
        int hl = RtpHeader.headerLength(buf, off, len);
        if (hl < 0) {
            throw new IllegalArgumentException("not an RTP packet: malformed header at byte " + (-hl - 1));
        }
        if (dst.length - dstOff - len < tag) {
            throw new IllegalArgumentException("no room for the " + tag + "-byte SRTP tag after the packet");
        }
        if (protectedCount >= config.srtpPacketLimit()) {
            throw new SrtpKeyLifetimeException("this SRTP master key has protected " + protectedCount
                    + " packets, its limit (RFC 3711 §9.2); re-key (a new DTLS handshake) before sending more");
        }
        int ssrc = RtpHeader.readSsrc(buf, off);
        int seq = (buf[off + 2] & 0xFF) << 8 | (buf[off + 3] & 0xFF);
        ReplayWindow state = sent.get(ssrc);
        if (state == null) {
            state = new ReplayWindow(config.replayWindow());
            sent.put(ssrc, state);
        }
        long index = PacketIndex.estimate(state.highest(), seq);
        if (index < 0 || state.check(index) != ReplayWindow.OK) {
            throw repeated(ssrc, seq, index);
        }
        state.accept(index);
        protectedCount++;
        if (src != dst) {
            return transform.protectRtp(src, srcOff, len, hl, dst, dstOff, ssrc, index, config.encryptRtp());
        }
        System.arraycopy(src, srcOff, dst, dstOff, len); // nothing when in place; overlap-safe otherwise
        return transform.protectRtp(dst, dstOff, len, hl, ssrc, index, config.encryptRtp());
    }

    /**
     * A second encryption under one index would reuse the keystream (AES-CM) or the nonce (AES-GCM,
     * where it also leaks the authentication key): RFC 3711 §9.1, RFC 7714 §8.1. Like libsrtp by
     * default, protect refuses it; retransmit the protected bytes, or use RTX (RFC 4588).
     */
    private static IllegalArgumentException repeated(int ssrc, int seq, long index) {
        return new IllegalArgumentException("sequence number " + seq + " on SSRC " + Integer.toUnsignedString(ssrc)
                + (index < 0 ? " precedes the first packet sent" : " (index " + index + ") was already protected or is "
                + "older than the window") + "; an SRTP index must never be encrypted twice: resend the protected "
                + "packet or use RTX");
    }

    /** Verifies, replay-checks and decrypts in place: the RTP length, or a negative error code. */
    public int unprotect(byte[] buf, int off, int len) {
        return unprotect(buf, off, len, buf, off);
    }

    /**
     * Verifies, replay-checks and decrypts {@code src[srcOff, srcOff+len)} into {@code dst} at
     * {@code dstOff}, which has room for {@code len} bytes: the RTP length, or a negative error code.
     * {@code src} is left alone unless it is {@code dst}; after a failure, {@code dst}'s bytes in that
     * range are unspecified.
     */
    public int unprotect(byte[] src, int srcOff, int len, byte[] dst, int dstOff) {
        byte[] buf = src;
        int off = srcOff;
        if (len < RtpHeader.FIXED_HEADER_LENGTH + tag) {
            return SrtpError.MALFORMED.code();
        }
        int hl = RtpHeader.headerLength(buf, off, len - tag);
        if (hl < 0) {
            return SrtpError.MALFORMED.code();
        }
        int ssrc = RtpHeader.readSsrc(buf, off);
        int seq = (buf[off + 2] & 0xFF) << 8 | (buf[off + 3] & 0xFF);
        ReplayWindow window = received.get(ssrc);
        if (window == null && (!config.acceptNewSsrcs() || received.size() >= config.maxSsrcs())) {
            return SrtpError.UNKNOWN_SSRC.code();
        }
        long index = PacketIndex.estimate(window == null ? -1 : window.highest(), seq);
        if (index < 0) {
            return SrtpError.TOO_OLD.code();
        }
        if (window != null) {
            int replay = config.replayProtection() ? window.check(index) : ReplayWindow.OK;
            if (replay != ReplayWindow.OK) {
                return replay == ReplayWindow.REPLAYED ? SrtpError.REPLAYED.code() : SrtpError.TOO_OLD.code();
            }
        }
        int plain;
        if (src != dst) {
            plain = transform.unprotectRtp(src, srcOff, len, hl, dst, dstOff, ssrc, index, config.encryptRtp());
        } else {
            System.arraycopy(src, srcOff, dst, dstOff, len); // nothing when in place; overlap-safe otherwise
            plain = transform.unprotectRtp(dst, dstOff, len, hl, ssrc, index, config.encryptRtp());
        }
        if (plain < 0) {
            return SrtpError.AUTH_FAILED.code();
        }
        if (window == null) { // state only for SSRCs whose packets authenticate
            window = new ReplayWindow(config.replayWindow());
            received.put(ssrc, window);
        }
        window.accept(index);
        return plain;
    }

    /** Declares a receive SSRC, so it is accepted even when new SSRCs are not. */
    public void addSsrc(int ssrc) {
        if (received.get(ssrc) == null) {
            received.put(ssrc, new ReplayWindow(config.replayWindow()));
        }
    }

    /** The rollover counter of a receive SSRC (highest index / 2^16), or -1 if unknown. */
    public long receiveRoc(int ssrc) {
        ReplayWindow w = received.get(ssrc);
        return w == null || w.highest() < 0 ? -1 : w.highest() >>> 16;
    }

    /** The rollover counter of a send SSRC, or -1 if nothing was sent on it. */
    public long sendRoc(int ssrc) {
        ReplayWindow s = sent.get(ssrc);
        return s == null || s.highest() < 0 ? -1 : s.highest() >>> 16;
    }
}
