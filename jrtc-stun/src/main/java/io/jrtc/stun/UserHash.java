package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.Bytes;
import io.jrtc.stun.internal.WireWriter;
import java.util.Arrays;

/**
 * USERHASH (RFC 8489 §14.4): replaces USERNAME when the server offers username anonymity; the
 * 32-byte SHA-256 of {@code username ":" realm}, computed by {@link StunCredentials#userHash}.
 *
 * @param hash the 32 bytes (copied in and out)
 */
public record UserHash(byte[] hash) implements StunAttribute {
    /** Length of the value in bytes. */
    public static final int LENGTH = 32;

    public UserHash {
        if (hash.length != LENGTH) {
            throw new IllegalArgumentException("USERHASH is 32 bytes, got " + hash.length);
        }
        hash = hash.clone();
    }

    /** A copy of the 32 bytes. */
    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public int type() {
        return StunAttributeType.USERHASH;
    }

    static UserHash decode(AttributeReader r) {
        r.requireLength(LENGTH);
        return new UserHash(r.bytes(0, LENGTH));
    }

    void encode(WireWriter w) {
        w.bytes(hash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserHash u && Arrays.equals(hash, u.hash);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "UserHash[" + Bytes.hex(hash) + "]";
    }
}
