package io.jrtc.srtp;

import java.util.Arrays;

/**
 * A master key and master salt for one direction (RFC 3711 §3.2.1). Immutable: the arrays are
 * copied in and out. {@link #toString()} never shows the key.
 */
public final class SrtpMasterKey {
    private final byte[] key;
    private final byte[] salt;

    /**
     * @param key the master key
     * @param salt the master salt
     */
    public SrtpMasterKey(byte[] key, byte[] salt) {
        this.key = key.clone();
        this.salt = salt.clone();
    }

    /** A copy of the master key. */
    public byte[] key() {
        return key.clone();
    }

    /** A copy of the master salt. */
    public byte[] salt() {
        return salt.clone();
    }

    byte[] keyInternal() {
        return key;
    }

    byte[] saltInternal() {
        return salt;
    }

    /** Checks that the key and salt lengths are those {@code profile} needs. */
    void check(SrtpProfile profile) {
        if (key.length != profile.keyLength() || salt.length != profile.saltLength()) {
            throw new IllegalArgumentException(profile + " needs a " + profile.keyLength() + "-byte key and a "
                    + profile.saltLength() + "-byte salt, got " + key.length + " and " + salt.length);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SrtpMasterKey m && Arrays.equals(key, m.key) && Arrays.equals(salt, m.salt);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(key) + Arrays.hashCode(salt);
    }

    @Override
    public String toString() {
        return "SrtpMasterKey[" + key.length + "-byte key, " + salt.length + "-byte salt]";
    }
}
