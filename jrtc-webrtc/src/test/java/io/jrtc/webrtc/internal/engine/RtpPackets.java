package io.jrtc.webrtc.internal.engine;

/** Minimal RTP packets for tests (RFC 3550 §5.1: version 2, payload type 111). */
public final class RtpPackets {
    private RtpPackets() {}

    /** An RTP packet with this SSRC and sequence number carrying the text. */
    public static byte[] rtp(int ssrc, int seq, String payload) {
        byte[] p = payload.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] b = new byte[12 + p.length];
        b[0] = (byte) 0x80;
        b[1] = 111;
        b[2] = (byte) (seq >> 8);
        b[3] = (byte) seq;
        b[6] = 0x10;
        b[7] = (byte) seq;
        b[8] = (byte) (ssrc >>> 24);
        b[9] = (byte) (ssrc >>> 16);
        b[10] = (byte) (ssrc >>> 8);
        b[11] = (byte) ssrc;
        System.arraycopy(p, 0, b, 12, p.length);
        return b;
    }
}
