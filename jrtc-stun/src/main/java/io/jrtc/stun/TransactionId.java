package io.jrtc.stun;

import io.jrtc.stun.internal.Bytes;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The 96-bit STUN transaction id (RFC 8489 §6). Immutable, with value equality, so it can key the
 * map of outstanding requests a client matches responses against.
 */
public final class TransactionId {
    /** Length in bytes. */
    public static final int LENGTH = 12;

    // §6: the id "MUST be uniformly and randomly chosen from the interval 0 .. 2**96-1, and MUST be
    // cryptographically random", so that off-path attackers cannot forge responses.
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;

    private TransactionId(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A new cryptographically random id. */
    public static TransactionId random() {
        byte[] b = new byte[LENGTH];
        RANDOM.nextBytes(b);
        return new TransactionId(b);
    }

    /** The id with these 12 bytes (copied). */
    public static TransactionId of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a transaction id is 12 bytes, got " + bytes.length);
        }
        return new TransactionId(bytes.clone());
    }

    /** The id at {@code buf[off, off + 12)} (copied). */
    public static TransactionId of(byte[] buf, int off) {
        return new TransactionId(Arrays.copyOfRange(buf, off, off + LENGTH));
    }

    /** A copy of the 12 bytes. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** Copies the 12 bytes into {@code dst} at {@code off}. */
    public void copyTo(byte[] dst, int off) {
        System.arraycopy(bytes, 0, dst, off, LENGTH);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransactionId t && Arrays.equals(bytes, t.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** 24 lower-case hex digits. */
    @Override
    public String toString() {
        return Bytes.hex(bytes);
    }
}
