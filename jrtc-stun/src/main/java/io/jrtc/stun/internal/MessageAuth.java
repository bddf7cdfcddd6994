package io.jrtc.stun.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The MESSAGE-INTEGRITY, MESSAGE-INTEGRITY-SHA256 and FINGERPRINT computations (RFC 8489 §14.5,
 * §14.6, §14.7), all over a prefix of the message whose header length field is replaced by the
 * length the message would have if it ended right after the attribute being computed. The wire is
 * never modified: the header is fed to the MAC in three pieces.
 */
public final class MessageAuth {
    private MessageAuth() {}

    public static final String HMAC_SHA1 = "HmacSHA1";
    public static final String HMAC_SHA256 = "HmacSHA256";
    private static final int FINGERPRINT_XOR = 0x5354554e;

    /**
     * HMAC of {@code wire[0, end)} with the header length field replaced by {@code adjustedLength}.
     *
     * @param algorithm {@link #HMAC_SHA1} or {@link #HMAC_SHA256}
     */
    public static byte[] hmac(String algorithm, byte[] key, byte[] wire, int end, int adjustedLength) {
        Mac mac = mac(algorithm, key);
        mac.update(wire, 0, 2);
        mac.update((byte) (adjustedLength >>> 8));
        mac.update((byte) adjustedLength);
        mac.update(wire, 4, end - 4);
        return mac.doFinal();
    }

    /**
     * Constant-time check that {@code wire[valueOffset, valueOffset + valueLength)} equals the
     * leading {@code valueLength} bytes of the HMAC of the message before the attribute.
     */
    public static boolean verify(String algorithm, byte[] key, byte[] wire, int attributeOffset, int valueLength) {
        int adjustedLength = attributeOffset + 4 + valueLength - 20;
        byte[] expected = hmac(algorithm, key, wire, attributeOffset, adjustedLength);
        byte[] actual = new byte[valueLength];
        System.arraycopy(wire, attributeOffset + 4, actual, 0, valueLength);
        if (valueLength < expected.length) {
            // §14.6: a truncated MESSAGE-INTEGRITY-SHA256 carries the leading bytes of the HMAC.
            byte[] truncated = new byte[valueLength];
            System.arraycopy(expected, 0, truncated, 0, valueLength);
            expected = truncated;
        }
        // MessageDigest.isEqual is constant-time in the contents, so timing leaks nothing about
        // how many leading bytes of a forged HMAC were right.
        return MessageDigest.isEqual(expected, actual);
    }

    /** FINGERPRINT value: CRC-32 of {@code wire[0, end)}, header length replaced, XOR 0x5354554e. */
    public static int fingerprint(byte[] wire, int end, int adjustedLength) {
        CRC32 crc = new CRC32();
        crc.update(wire, 0, 2);
        crc.update(adjustedLength >>> 8);
        crc.update(adjustedLength);
        crc.update(wire, 4, end - 4);
        return (int) crc.getValue() ^ FINGERPRINT_XOR;
    }

    private static Mac mac(String algorithm, byte[] key) {
        // HMAC pads keys with zero bytes to the block size (RFC 2104 §2), so the empty key equals
        // the one-byte key {0}; SecretKeySpec refuses empty keys, and an empty ICE or TURN
        // password must still work.
        byte[] k = key.length == 0 ? new byte[1] : key;
        try {
            Mac mac = newMac(algorithm);
            mac.init(new SecretKeySpec(k, algorithm));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is required of every JDK", e);
        }
    }

    // Mac.getInstance walks the provider list on every call, which costs more than the HMAC of a
    // connectivity check; cloning an uninitialised prototype skips that (every check and every
    // TURN message goes through here).
    private static final Mac SHA1_PROTOTYPE = prototype("HmacSHA1");
    private static final Mac SHA256_PROTOTYPE = prototype("HmacSHA256");

    private static Mac prototype(String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.getProvider(); // settles the provider now, so clones never race to choose one
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is required of every JDK", e);
        }
    }

    private static Mac newMac(String algorithm) throws GeneralSecurityException {
        Mac prototype = switch (algorithm) {
            case HMAC_SHA1 -> SHA1_PROTOTYPE;
            case HMAC_SHA256 -> SHA256_PROTOTYPE;
            default -> null;
        };
        if (prototype == null) {
            return Mac.getInstance(algorithm);
        }
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return Mac.getInstance(algorithm);
        }
    }
}
