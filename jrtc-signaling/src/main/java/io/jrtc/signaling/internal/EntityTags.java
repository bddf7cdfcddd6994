package io.jrtc.signaling.internal;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Strong entity-tags for WHIP/WHEP ICE sessions (RFC 9725 section 4.3.1: one per ICE session,
 * new after each ICE restart) and the {@code If-Match} evaluation of RFC 9110 section 13.1.1.
 */
public final class EntityTags {
    private static final SecureRandom RANDOM = new SecureRandom();

    private EntityTags() {
    }

    /** A new strong entity-tag, quoted as the ETag field carries it (RFC 9110 section 8.8.3). */
    public static String fresh() {
        byte[] b = new byte[9];
        RANDOM.nextBytes(b);
        return '"' + HexFormat.of().formatHex(b) + '"';
    }

    /**
     * Whether an {@code If-Match} field value is true for a resource whose current entity-tag is
     * {@code current}: {@code *} matches any existing resource; otherwise one listed tag must be
     * strongly equal to it (a weak tag {@code W/"..."} never is). A list that does not parse matches nothing.
     */
    public static boolean ifMatch(String fieldValue, String current) {
        String v = fieldValue.trim();
        if (v.equals("*")) {
            return true;
        }
        int i = 0;
        while (i < v.length()) {
            char c = v.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            boolean weak = v.startsWith("W/", i);
            int open = weak ? i + 2 : i;
            if (open >= v.length() || v.charAt(open) != '"') {
                return false;
            }
            int close = v.indexOf('"', open + 1);
            if (close < 0) {
                return false;
            }
            if (!weak && v.substring(open, close + 1).equals(current)) {
                return true;
            }
            i = close + 1;
        }
        return false;
    }
}
