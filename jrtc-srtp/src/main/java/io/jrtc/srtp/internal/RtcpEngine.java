package io.jrtc.srtp.internal;

import io.jrtc.srtp.SrtpConfig;
import io.jrtc.srtp.SrtpError;
import io.jrtc.srtp.SrtpKeyLifetimeException;

/**
 * SRTCP packet processing (RFC 3711 §3.4; RFC 7714 §9 for GCM): a 31-bit SRTCP index per sending
 * SSRC, the E flag, per-SSRC replay windows over the received index, and the key lifetime count.
 * The E||index word follows the tag-less packet for counter mode (§3.4: ... || E||index || tag) and
 * follows the tagged cipher for GCM (RFC 7714 §9.2).
 */
public final class RtcpEngine {
    private static final int MAX_INDEX = 0x7FFF_FFFF;

    private final Transform transform;
    private final SrtpConfig config;
    private final int tag;
    private final boolean aead;
    private final SsrcTable<int[]> sent = new SsrcTable<>(); // [0] = next index
    private final SsrcTable<ReplayWindow> received = new SsrcTable<>();
    private long protectedCount;

    /**
     * @param transform the context's transform
     * @param config the context's settings
     * @param tag the SRTCP tag length
     * @param aead whether the profile is AES-GCM (RFC 7714 layout)
     */
    public RtcpEngine(Transform transform, SrtpConfig config, int tag, boolean aead) {
        this.transform = transform;
        this.config = config;
        this.tag = tag;
        this.aead = aead;
    }

    /** Packets protected so far under this key. */
    public long protectedCount() {
        return protectedCount;
    }

    /**
     * Protects in place; {@code buf} needs tag + 4 bytes of room after the packet.
     *
     * @throws IllegalArgumentException if the bytes are not an RTCP packet or there is no room
     * @throws SrtpKeyLifetimeException once the key (or the SSRC's index) is used up
     */
    public int protect(byte[] buf, int off, int len) {
        if (len < 8 || (buf[off] & 0xC0) != 0x80) {
            throw new IllegalArgumentException("not an RTCP packet: " + len + " bytes, need 8 and version 2");
        }
        if (buf.length - off - len < tag + 4) {
            throw new IllegalArgumentException("no room for the " + (tag + 4) + "-byte SRTCP trailer after the packet");
        }
        if (protectedCount >= config.srtcpPacketLimit()) {
            throw new SrtpKeyLifetimeException("this SRTP master key has protected " + protectedCount
                    + " SRTCP packets, its limit (RFC 3711 §9.2); re-key (a new DTLS handshake) before sending more");
        }
        int ssrc = readInt(buf, off + 4);
        int[] next = sent.get(ssrc);
        if (next == null) {
            next = new int[1];
            sent.put(ssrc, next);
        }
        if (next[0] < 0) {
            throw new SrtpKeyLifetimeException("the 31-bit SRTCP index of SSRC " + Integer.toUnsignedString(ssrc)
                    + " is used up (RFC 3711 §3.4); re-key before sending more RTCP");
        }
        int index = next[0];
        next[0] = index == MAX_INDEX ? -1 : index + 1;
        protectedCount++;
        return transform.protectRtcp(buf, off, len, ssrc, index, config.encryptRtcp());
    }

    /** Verifies, replay-checks and decrypts in place: the RTCP length, or a negative error code. */
    public int unprotect(byte[] buf, int off, int len) {
        if (len < 8 + 4 + tag || (buf[off] & 0xC0) != 0x80) {
            return SrtpError.MALFORMED.code();
        }
        int word = readInt(buf, off + (aead ? len - 4 : len - tag - 4));
        boolean encrypted = word < 0;
        int index = word & MAX_INDEX;
        int ssrc = readInt(buf, off + 4);
        ReplayWindow window = received.get(ssrc);
        if (window == null) {
            if (!config.acceptNewSsrcs() || received.size() >= config.maxSsrcs()) {
                return SrtpError.UNKNOWN_SSRC.code();
            }
        } else {
            int replay = config.replayProtection() ? window.check(index) : ReplayWindow.OK;
            if (replay != ReplayWindow.OK) {
                return replay == ReplayWindow.REPLAYED ? SrtpError.REPLAYED.code() : SrtpError.TOO_OLD.code();
            }
        }
        int plain = transform.unprotectRtcp(buf, off, len, ssrc, index, encrypted);
        if (plain < 0) {
            return SrtpError.AUTH_FAILED.code();
        }
        if (window == null) {
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

    /** The SRTCP index the next packet sent on {@code ssrc} will carry (0 for a new SSRC, -1 when used up). */
    public int nextIndex(int ssrc) {
        int[] next = sent.get(ssrc);
        return next == null ? 0 : next[0];
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
