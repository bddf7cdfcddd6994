package io.jrtc.stun.internal;

/**
 * The RFC 3454 tables SASLprep (RFC 4013) uses, as inclusive code point ranges: B.1 (mapped to
 * nothing), C.1.2 (non-ASCII space) and the prohibited tables C.1.2, C.2.1, C.2.2, C.3-C.9.
 */
final class StringPrepTables {
    private StringPrepTables() {}

    /** B.1: commonly mapped to nothing (soft hyphen, joiners, variation selectors, BOM, ...). */
    private static final int[] B_1 = {
        0x00AD, 0x00AD, 0x034F, 0x034F, 0x1806, 0x1806, 0x180B, 0x180D, 0x200B, 0x200D,
        0x2060, 0x2060, 0xFE00, 0xFE0F, 0xFEFF, 0xFEFF,
    };

    /** C.1.2: non-ASCII space characters. */
    private static final int[] C_1_2 = {
        0x00A0, 0x00A0, 0x1680, 0x1680, 0x2000, 0x200B, 0x202F, 0x202F, 0x205F, 0x205F, 0x3000, 0x3000,
    };

    /** C.2.1: ASCII control characters. */
    private static final int[] C_2_1 = {0x0000, 0x001F, 0x007F, 0x007F};

    /** C.2.2: non-ASCII control characters. */
    private static final int[] C_2_2 = {
        0x0080, 0x009F, 0x06DD, 0x06DD, 0x070F, 0x070F, 0x180E, 0x180E, 0x200C, 0x200D,
        0x2028, 0x2029, 0x2060, 0x2063, 0x206A, 0x206F, 0xFEFF, 0xFEFF, 0xFFF9, 0xFFFC,
        0x1D173, 0x1D17A,
    };

    /** C.3: private use. */
    private static final int[] C_3 = {0xE000, 0xF8FF, 0xF0000, 0xFFFFD, 0x100000, 0x10FFFD};

    /** C.5: surrogate codes (lone surrogates in a Java string). */
    private static final int[] C_5 = {0xD800, 0xDFFF};

    /** C.6: inappropriate for plain text. */
    private static final int[] C_6 = {0xFFF9, 0xFFFD};

    /** C.7: inappropriate for canonical representation. */
    private static final int[] C_7 = {0x2FF0, 0x2FFB};

    /** C.8: change display properties or are deprecated. */
    private static final int[] C_8 = {0x0340, 0x0341, 0x200E, 0x200F, 0x202A, 0x202E, 0x206A, 0x206F};

    /** C.9: tagging characters. */
    private static final int[] C_9 = {0xE0001, 0xE0001, 0xE0020, 0xE007F};

    static boolean isMappedToNothing(int cp) {
        return in(B_1, cp);
    }

    static boolean isNonAsciiSpace(int cp) {
        return in(C_1_2, cp);
    }

    /** The name of the first prohibited table holding {@code cp}, or null if it is allowed. */
    static String prohibitedBy(int cp) {
        if (in(C_1_2, cp)) {
            return "C.1.2";
        }
        if (in(C_2_1, cp)) {
            return "C.2.1";
        }
        if (in(C_2_2, cp)) {
            return "C.2.2";
        }
        if (in(C_3, cp)) {
            return "C.3";
        }
        // C.4: non-character code points, U+FDD0-FDEF and the last two of every plane.
        if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
            return "C.4";
        }
        if (in(C_5, cp)) {
            return "C.5";
        }
        if (in(C_6, cp)) {
            return "C.6";
        }
        if (in(C_7, cp)) {
            return "C.7";
        }
        if (in(C_8, cp)) {
            return "C.8";
        }
        if (in(C_9, cp)) {
            return "C.9";
        }
        return null;
    }

    private static boolean in(int[] ranges, int cp) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (cp >= ranges[i] && cp <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
