package io.jrtc.sdp;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * {@code a=fingerprint}: the hash of the certificate the endpoint will present in the DTLS
 * handshake (RFC 8122 section 5), e.g. {@code a=fingerprint:sha-256 4A:AD:B9:...}.
 *
 * @param hashFunction the hash function name as written, e.g. {@code sha-256} (RFC 8122 section 5
 *     lists the names; they are compared ignoring case)
 * @param bytes the certificate fingerprint; the accessor returns a copy
 */
public record Fingerprint(String hashFunction, byte[] bytes) implements TypedAttribute {
    /** The syntax named in parse errors. */
    static final String SYNTAX = "a=fingerprint:<hash-function> <XX:XX:...:XX>";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * Validates the fields and copies the bytes.
     *
     * @throws IllegalArgumentException if the hash function is not a token or there are no bytes
     */
    public Fingerprint {
        Syntax.token(hashFunction);
        Syntax.require(bytes.length >= 1 && bytes.length <= 64, "fingerprint must be 1 to 64 bytes");
        bytes = bytes.clone();
    }

    /**
     * Computes the fingerprint of a DER-encoded certificate (RFC 8122 section 5).
     *
     * @param hashFunction the SDP name, e.g. {@code sha-256}
     * @param certificateDer the certificate in DER form
     * @throws IllegalArgumentException if this JDK has no such hash function
     */
    public static Fingerprint of(String hashFunction, byte[] certificateDer) {
        return new Fingerprint(hashFunction, digest(hashFunction, certificateDer));
    }

    /**
     * Parses colon-separated hex, e.g. {@code 4A:AD:B9}, upper or lower case.
     *
     * @throws IllegalArgumentException if the text is not pairs of hex digits separated by colons
     */
    public static Fingerprint fromHex(String hashFunction, String hex) {
        // Pairs separated by single colons: "XX", "XX:XX", ... (length 3n - 1).
        int n = (hex.length() + 1) / 3;
        boolean shaped = hex.length() == 3 * n - 1 && n > 0;
        for (int i = 2; shaped && i < hex.length(); i += 3) {
            shaped = hex.charAt(i) == ':';
        }
        Syntax.require(shaped, "expected two hex digits separated by colons", hex);
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) (hexDigit(hex.charAt(3 * i)) << 4 | hexDigit(hex.charAt(3 * i + 1)));
        }
        return new Fingerprint(hashFunction, out);
    }

    /** A copy of the fingerprint bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The fingerprint as upper-case hex pairs separated by colons, as RFC 8122 writes it. */
    public String hex() {
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                out.append(':');
            }
            out.append(HEX[(bytes[i] >> 4) & 0xf]).append(HEX[bytes[i] & 0xf]);
        }
        return out.toString();
    }

    /** True if the hash function has this name, ignoring case (e.g. {@code "sha-256"}). */
    public boolean isHashFunction(String name) {
        return hashFunction.equalsIgnoreCase(name);
    }

    /**
     * True if {@code certificateDer} hashes to this fingerprint, the check RFC 8122 section 5
     * requires after the DTLS handshake. Compares in constant time.
     *
     * @throws IllegalArgumentException if this JDK has no such hash function
     */
    public boolean matches(byte[] certificateDer) {
        return MessageDigest.isEqual(bytes, digest(hashFunction, certificateDer));
    }

    static Fingerprint parse(String value) {
        List<String> w = Syntax.words(value);
        Syntax.require(w.size() == 2);
        return fromHex(w.get(0), w.get(1));
    }

    @Override
    public Attribute toAttribute() {
        return Attribute.of("fingerprint", hashFunction + " " + hex());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f
                && hashFunction.equals(f.hashFunction)
                && Arrays.equals(bytes, f.bytes);
    }

    @Override
    public int hashCode() {
        return hashFunction.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + hashFunction + " " + hex() + "]";
    }

    private static int hexDigit(char c) {
        int d = Character.digit(c, 16);
        // Character.digit also accepts non-ASCII digits; the SDP grammar does not.
        Syntax.require(d >= 0 && c < 0x80, "not a hex digit", String.valueOf(c));
        return d;
    }

    /** Hashes with the JCA algorithm of the same name as the SDP one (RFC 8122 section 5). */
    private static byte[] digest(String hashFunction, byte[] data) {
        // JCA algorithm names are case-insensitive, so "sha-256" finds "SHA-256".
        try {
            return MessageDigest.getInstance(hashFunction).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("unsupported hash function: " + hashFunction, e);
        }
    }
}
