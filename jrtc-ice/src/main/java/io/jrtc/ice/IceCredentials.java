package io.jrtc.ice;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * An ICE username fragment and password (RFC 8445 §5.3): {@code ice-ufrag} at least 4 and
 * {@code ice-pwd} at least 22 ice-chars. {@link #toString()} hides the password.
 *
 * @param ufrag the username fragment
 * @param pwd the password
 */
public record IceCredentials(String ufrag, String pwd) {
    private static final String ICE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** Checks lengths and characters (RFC 8839 §5.4: 4-256 and 22-256 ice-chars). */
    public IceCredentials {
        Objects.requireNonNull(ufrag, "ufrag");
        Objects.requireNonNull(pwd, "pwd");
        check("ice-ufrag", ufrag, 4);
        check("ice-pwd", pwd, 22);
    }

    private static void check(String name, String value, int min) {
        if (value.length() < min || value.length() > 256) {
            throw new IllegalArgumentException(name + " must be " + min + "-256 characters, got " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            if (ICE_CHARS.indexOf(value.charAt(i)) < 0) {
                throw new IllegalArgumentException(name + " holds '" + value.charAt(i) + "', not an ice-char");
            }
        }
    }

    /**
     * Fresh credentials: a 16-character ufrag (enough to address thousands of agents on one port
     * without collisions) and a 24-character password (144 bits, above RFC 8445's 128).
     */
    public static IceCredentials random(RandomGenerator random) {
        return new IceCredentials(chars(random, 16), chars(random, 24));
    }

    private static String chars(RandomGenerator random, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ICE_CHARS.charAt(random.nextInt(ICE_CHARS.length())));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "IceCredentials[ufrag=" + ufrag + ", pwd=(hidden)]";
    }
}
