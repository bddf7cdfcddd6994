package io.jrtc.stun.internal;

import java.text.Normalizer;

/**
 * SASLprep (RFC 4013), the stringprep (RFC 3454) profile RFC 5389 used for STUN passwords and
 * that the RFC 5769 long-term test vector exercises: map, normalize with NFKC, prohibit, check
 * bidirectional text. Unassigned code points are allowed (the "query" rule of RFC 3454 §7): the
 * JDK's Unicode tables are newer than stringprep's Unicode 3.2, and refusing a password that the
 * peer accepted would only break interoperability.
 */
public final class SaslPrep {
    private SaslPrep() {}

    /**
     * The prepared string.
     *
     * @throws IllegalArgumentException if the string holds a prohibited character or breaks the
     *     bidirectional rule; the message names the code point
     */
    public static String prepare(String input) {
        StringBuilder mapped = new StringBuilder(input.length());
        input.codePoints().forEach(cp -> {
            // RFC 4013 §2.1. U+200B is in both C.1.2 and B.1; like C.1.2's other entries it is
            // treated as a space here (mapped to U+0020 rather than dropped).
            if (StringPrepTables.isNonAsciiSpace(cp)) {
                mapped.append(' ');
            } else if (!StringPrepTables.isMappedToNothing(cp)) {
                mapped.appendCodePoint(cp);
            }
        });
        // §2.2: Unicode normalization form KC.
        String normalized = Normalizer.normalize(mapped, Normalizer.Form.NFKC);
        checkProhibitedAndBidi(normalized);
        return normalized;
    }

    // §2.3 prohibited output and §2.4 / RFC 3454 §6 bidirectional characters.
    private static void checkProhibitedAndBidi(String s) {
        boolean hasRandAL = false;
        boolean hasL = false;
        int[] cps = s.codePoints().toArray();
        for (int cp : cps) {
            String table = StringPrepTables.prohibitedBy(cp);
            if (table != null) {
                throw new IllegalArgumentException(String.format(
                        "SASLprep: U+%04X is prohibited (RFC 3454 table %s, RFC 4013 §2.3)", cp, table));
            }
            hasRandAL |= isRandAL(cp);
            hasL |= Character.getDirectionality(cp) == Character.DIRECTIONALITY_LEFT_TO_RIGHT;
        }
        if (hasRandAL && hasL) {
            throw new IllegalArgumentException(
                    "SASLprep: mixes right-to-left and left-to-right characters (RFC 3454 §6)");
        }
        if (hasRandAL && (!isRandAL(cps[0]) || !isRandAL(cps[cps.length - 1]))) {
            throw new IllegalArgumentException(
                    "SASLprep: right-to-left text must start and end with a right-to-left character (RFC 3454 §6)");
        }
    }

    // RFC 3454 table D.1 is the Unicode bidi categories R and AL.
    private static boolean isRandAL(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }
}
