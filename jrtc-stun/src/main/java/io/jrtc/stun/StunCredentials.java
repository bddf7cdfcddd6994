package io.jrtc.stun;

import io.jrtc.stun.internal.SaslPrep;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Keys for MESSAGE-INTEGRITY and MESSAGE-INTEGRITY-SHA256 (RFC 8489 §9.1.1, §9.2.2) and the
 * USERHASH value (§14.4).
 *
 * <p>Strings are prepared with SASLprep (RFC 4013), the profile RFC 5389 agents use and the one the
 * RFC 5769 test vectors are computed with. RFC 8489 names the PRECIS OpaqueString profile
 * (RFC 8265) instead; the two agree on every string of printable ASCII (all ICE passwords, RFC
 * 8445 §5.3) and on any NFKC-stable text without the characters SASLprep maps away.
 */
public final class StunCredentials {
    private StunCredentials() {}

    /**
     * Short-term key (§9.1.1): the prepared password as UTF-8. ICE uses the peer's ice-pwd.
     *
     * @throws IllegalArgumentException if the password holds characters SASLprep prohibits
     */
    public static byte[] shortTermKey(String password) {
        return saslPrep(password).getBytes(StandardCharsets.UTF_8);
    }

    /** Long-term key with MD5, the RFC 5389 default (§9.2.2): MD5(username ":" realm ":" password). */
    public static byte[] longTermKey(String username, String realm, String password) {
        return longTermKey(PasswordAlgorithm.MD5, username, realm, password);
    }

    /**
     * Long-term key (§9.2.2): MD5 or SHA-256 of {@code username ":" realm ":" password}, realm and
     * password prepared, username as sent in USERNAME.
     *
     * @param algorithm {@link PasswordAlgorithm#MD5} or {@link PasswordAlgorithm#SHA256}
     * @throws IllegalArgumentException for another algorithm, or prohibited characters
     */
    public static byte[] longTermKey(PasswordAlgorithm algorithm, String username, String realm, String password) {
        String digest = switch (algorithm.algorithm()) {
            case PasswordAlgorithm.ALGORITHM_MD5 -> "MD5";
            case PasswordAlgorithm.ALGORITHM_SHA256 -> "SHA-256";
            default -> throw new IllegalArgumentException("no long-term key is defined for " + algorithm);
        };
        return hash(digest, username + ":" + saslPrep(realm) + ":" + saslPrep(password));
    }

    /** USERHASH value (§14.4): SHA-256(username ":" realm), both prepared. */
    public static byte[] userHash(String username, String realm) {
        return hash("SHA-256", saslPrep(username) + ":" + saslPrep(realm));
    }

    /**
     * SASLprep (RFC 4013): maps non-ASCII spaces to U+0020 and drops "mapped to nothing"
     * characters such as U+00AD, normalizes with NFKC, rejects prohibited characters and
     * malformed bidirectional text.
     *
     * @throws IllegalArgumentException naming the offending character
     */
    public static String saslPrep(String s) {
        return SaslPrep.prepare(s);
    }

    private static byte[] hash(String digest, String text) {
        try {
            return MessageDigest.getInstance(digest).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(digest + " is required of every JDK", e);
        }
    }
}
