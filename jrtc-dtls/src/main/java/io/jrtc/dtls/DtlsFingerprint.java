package io.jrtc.dtls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A certificate fingerprint as SDP carries it in {@code a=fingerprint} (RFC 8122 §5): a hash
 * function name and the hash of the DER certificate.
 *
 * @param algorithm the SDP hash name in lower case: {@code sha-1}, {@code sha-256},
 *     {@code sha-384} or {@code sha-512}
 * @param value the hash bytes (copied)
 */
public record DtlsFingerprint(String algorithm, byte[] value) {
    private static final HexFormat HEX = HexFormat.ofDelimiter(":").withUpperCase();

    /**
     * Checks the algorithm and the hash length.
     *
     * @throws IllegalArgumentException for an unsupported algorithm or a value of the wrong length
     */
    public DtlsFingerprint {
        algorithm = algorithm.toLowerCase(Locale.ROOT);
        int expected = hashLength(algorithm);
        if (value.length != expected) {
            throw new IllegalArgumentException(algorithm + " fingerprint must have " + expected
                    + " bytes, got " + value.length);
        }
        value = value.clone();
    }

    /** A copy of the hash bytes. */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /**
     * Parses the value of an {@code a=fingerprint} attribute, e.g.
     * {@code "sha-256 AB:CD:..."}.
     *
     * @throws IllegalArgumentException if it is not a supported hash name and colon-separated hex
     */
    public static DtlsFingerprint parse(String attributeValue) {
        String[] parts = attributeValue.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected '<hash-func> <XX:XX:...>', got: " + attributeValue);
        }
        return of(parts[0], parts[1]);
    }

    /** The fingerprint from a hash name and colon-separated hex. */
    public static DtlsFingerprint of(String algorithm, String hex) {
        try {
            return new DtlsFingerprint(algorithm, HEX.parseHex(hex.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad fingerprint hex '" + hex + "': " + e.getMessage(), e);
        }
    }

    /** Computes the fingerprint of a DER-encoded certificate with the given SDP hash name. */
    public static DtlsFingerprint compute(String algorithm, byte[] derCertificate) {
        String alg = algorithm.toLowerCase(Locale.ROOT);
        hashLength(alg);
        return new DtlsFingerprint(alg, digest(alg).digest(derCertificate));
    }

    /**
     * Whether this fingerprint is the hash of {@code derCertificate}, compared in constant time
     * ({@link MessageDigest#isEqual}) so the comparison leaks nothing about where bytes differ.
     */
    public boolean matches(byte[] derCertificate) {
        byte[] actual = digest(algorithm).digest(derCertificate);
        return MessageDigest.isEqual(actual, value);
    }

    /** The attribute value: {@code sha-256 AB:CD:...}. */
    @Override
    public String toString() {
        return algorithm + " " + HEX.formatHex(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DtlsFingerprint f && f.algorithm.equals(algorithm)
                && MessageDigest.isEqual(f.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(algorithm, java.util.Arrays.hashCode(value));
    }

    private static int hashLength(String algorithm) {
        return switch (algorithm) {
            case "sha-1" -> 20;
            case "sha-256" -> 32;
            case "sha-384" -> 48;
            case "sha-512" -> 64;
            default -> throw new IllegalArgumentException("unsupported fingerprint hash '" + algorithm
                    + "'; supported: sha-1, sha-256, sha-384, sha-512 (RFC 8122 §5)");
        };
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm.toUpperCase(Locale.ROOT));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }
}
