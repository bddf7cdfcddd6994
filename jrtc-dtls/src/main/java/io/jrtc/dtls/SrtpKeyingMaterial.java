package io.jrtc.dtls;

import java.util.Arrays;

/**
 * The SRTP profile chosen by {@code use_srtp} and the bytes exported with the label
 * {@code EXTRACTOR-dtls_srtp}, laid out as RFC 5764 §4.2 says: client key, server key, client
 * salt, server salt. The SRTP module builds its contexts from these.
 *
 * <p>{@link #toString()} never shows the key bytes.
 *
 * @param profile the negotiated protection profile
 * @param material the exported bytes, {@link SrtpProfile#keyingMaterialLength()} long (copied)
 */
public record SrtpKeyingMaterial(SrtpProfile profile, byte[] material) {
    /** Checks the length and copies. */
    public SrtpKeyingMaterial {
        if (material.length != profile.keyingMaterialLength()) {
            throw new IllegalArgumentException(profile + " needs " + profile.keyingMaterialLength()
                    + " bytes of keying material, got " + material.length);
        }
        material = material.clone();
    }

    /** A copy of all exported bytes. */
    @Override
    public byte[] material() {
        return material.clone();
    }

    /** The client's SRTP master key. */
    public byte[] clientKey() {
        return Arrays.copyOfRange(material, 0, profile.keyLength());
    }

    /** The server's SRTP master key. */
    public byte[] serverKey() {
        int k = profile.keyLength();
        return Arrays.copyOfRange(material, k, 2 * k);
    }

    /** The client's SRTP master salt. */
    public byte[] clientSalt() {
        int k = profile.keyLength();
        return Arrays.copyOfRange(material, 2 * k, 2 * k + profile.saltLength());
    }

    /** The server's SRTP master salt. */
    public byte[] serverSalt() {
        int off = 2 * profile.keyLength() + profile.saltLength();
        return Arrays.copyOfRange(material, off, off + profile.saltLength());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SrtpKeyingMaterial k && k.profile == profile
                && java.security.MessageDigest.isEqual(k.material, material);
    }

    @Override
    public int hashCode() {
        return profile.hashCode();
    }

    @Override
    public String toString() {
        return "SrtpKeyingMaterial[" + profile + ", " + material.length + " bytes]";
    }
}
