package io.jrtc.srtp.internal;

/**
 * The cryptographic transform of one SRTP context (one master key, one direction): session keys
 * and the reusable cipher objects. Indices and replay state live in the caller; a transform only
 * encrypts, decrypts, tags and verifies, in place. Results: the new length, or -1 if a tag did not
 * verify. Not thread-safe.
 */
public sealed interface Transform permits CmTransform, GcmTransform {
    /**
     * Protects the RTP packet {@code buf[off, off+len)} with header length {@code hl}; the tag is
     * written after it.
     *
     * @return the protected length
     */
    int protectRtp(byte[] buf, int off, int len, int hl, int ssrc, long index, boolean encrypt);

    /** Verifies and decrypts an SRTP packet of {@code len} bytes (tag included); plaintext length or -1. */
    int unprotectRtp(byte[] buf, int off, int len, int hl, int ssrc, long index, boolean encrypted);

    /**
     * Protects {@code src[srcOff, srcOff+len)} into another array {@code dst} at {@code dstOff}; by
     * default a copy and then {@link #protectRtp(byte[], int, int, int, int, long, boolean) in place}.
     */
    default int protectRtp(byte[] src, int srcOff, int len, int hl, byte[] dst, int dstOff, int ssrc, long index,
            boolean encrypt) {
        System.arraycopy(src, srcOff, dst, dstOff, len);
        return protectRtp(dst, dstOff, len, hl, ssrc, index, encrypt);
    }

    /**
     * Verifies and decrypts {@code src[srcOff, srcOff+len)} into another array {@code dst} at
     * {@code dstOff}, leaving {@code src} alone; plaintext length or -1 (then {@code dst}'s bytes are
     * unspecified). By default a copy and then in place.
     */
    default int unprotectRtp(byte[] src, int srcOff, int len, int hl, byte[] dst, int dstOff, int ssrc, long index,
            boolean encrypted) {
        System.arraycopy(src, srcOff, dst, dstOff, len);
        return unprotectRtp(dst, dstOff, len, hl, ssrc, index, encrypted);
    }

    /** Protects an RTCP packet with SRTCP index {@code index}, appending E||index and the tag (§3.4). */
    int protectRtcp(byte[] buf, int off, int len, int ssrc, int index, boolean encrypt);

    /** Verifies and decrypts an SRTCP packet of {@code len} bytes; RTCP length or -1. */
    int unprotectRtcp(byte[] buf, int off, int len, int ssrc, int index, boolean encrypted);

    /** Writes {@code v} big-endian at {@code b[at]}. */
    static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
