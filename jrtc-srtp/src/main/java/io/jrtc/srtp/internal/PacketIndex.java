package io.jrtc.srtp.internal;

/** SRTP packet index estimation: RFC 3711 §3.3.1 and the pseudocode of Appendix A. */
public final class PacketIndex {
    private PacketIndex() {}

    /**
     * The 48-bit index {@code v * 2^16 + seq} of a packet with sequence number {@code seq}, given
     * the highest index seen so far ({@code -1} before the first packet: the first packet has ROC 0,
     * §3.3.1). Returns -1 when the guess is ROC - 1 while ROC is 0: a packet from before the stream
     * began, which cannot be authenticated under any index.
     */
    public static long estimate(long highest, int seq) {
        if (highest < 0) {
            return seq;
        }
        long roc = highest >>> 16;
        int sl = (int) (highest & 0xFFFF);
        long v;
        if (sl < 32768) {
            v = seq - sl > 32768 ? roc - 1 : roc;
        } else {
            v = sl - 32768 > seq ? roc + 1 : roc;
        }
        if (v < 0) {
            return -1;
        }
        return (v & 0xFFFF_FFFFL) << 16 | seq;
    }
}
