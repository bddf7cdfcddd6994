package io.jrtc.stun.internal;

/** Big-endian (network order) reads and hex formatting; callers check bounds first. */
public final class Bytes {
    private Bytes() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    public static long u32(byte[] b, int at) {
        return (long) u16(b, at) << 16 | u16(b, at + 2);
    }

    public static long u64(byte[] b, int at) {
        return u32(b, at) << 32 | u32(b, at + 4);
    }

    /** Lower-case hex of {@code b[off, off + len)}. */
    public static String hex(byte[] b, int off, int len) {
        char[] out = new char[len * 2];
        for (int i = 0; i < len; i++) {
            out[2 * i] = HEX[(b[off + i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[b[off + i] & 0xF];
        }
        return new String(out);
    }

    public static String hex(byte[] b) {
        return hex(b, 0, b.length);
    }

    /** Value length rounded up to the 4-byte boundary attributes are aligned on (RFC 8489 §14). */
    public static int padded(int length) {
        return (length + 3) & ~3;
    }
}
