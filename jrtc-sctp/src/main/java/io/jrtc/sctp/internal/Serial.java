package io.jrtc.sctp.internal;

/**
 * Serial number arithmetic (RFC 1982) for 32-bit TSNs and 16-bit SSNs (RFC 9260 §1.6), plus
 * unwrapping into monotonically increasing longs so that the association can key sorted maps by
 * TSN without comparing modulo 2^32.
 */
public final class Serial {
    private Serial() {}

    /** RFC 1982 "s1 < s2" for 32-bit serials. */
    public static boolean lt32(long s1, long s2) {
        return s1 != s2 && ((s1 < s2 && s2 - s1 < (1L << 31)) || (s1 > s2 && s1 - s2 > (1L << 31)));
    }

    /** RFC 1982 "s1 <= s2" for 32-bit serials. */
    public static boolean le32(long s1, long s2) {
        return s1 == s2 || lt32(s1, s2);
    }

    /** RFC 1982 "s1 < s2" for 16-bit serials. */
    public static boolean lt16(int s1, int s2) {
        return s1 != s2 && ((s1 < s2 && s2 - s1 < (1 << 15)) || (s1 > s2 && s1 - s2 > (1 << 15)));
    }

    /** 32-bit serial plus n, modulo 2^32. */
    public static long add32(long s, long n) {
        return (s + n) & 0xffffffffL;
    }

    /**
     * Unwraps a 32-bit serial into the long nearest to {@code reference} (an unwrapped value
     * already known), so values within 2^31 of it compare as plain longs.
     */
    public static long unwrap32(long reference, long serial) {
        long base = reference & ~0xffffffffL;
        long candidate = base | (serial & 0xffffffffL);
        long diff = candidate - reference;
        if (diff > (1L << 31)) {
            candidate -= 1L << 32;
        } else if (diff < -(1L << 31)) {
            candidate += 1L << 32;
        }
        return candidate;
    }

    /** Unwraps a 16-bit serial into the int nearest to {@code reference}. */
    public static long unwrap16(long reference, int serial) {
        long base = reference & ~0xffffL;
        long candidate = base | (serial & 0xffff);
        long diff = candidate - reference;
        if (diff > (1 << 15)) {
            candidate -= 1 << 16;
        } else if (diff < -(1 << 15)) {
            candidate += 1 << 16;
        }
        return candidate;
    }
}
