package io.jrtc.stun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** SASLprep (RFC 4013), with the examples of RFC 4013 §3. */
class SaslPrepTest {
    private static String prep(String s) {
        return StunCredentials.saslPrep(s);
    }

    @Test
    void rfc4013Examples() {
        assertEquals("IX", prep("I\u00ADX"), "SOFT HYPHEN mapped to nothing");
        assertEquals("user", prep("user"), "no transformation");
        assertEquals("USER", prep("USER"), "case preserved");
        assertEquals("a", prep("\u00AA"), "output is NFKC");
        assertEquals("IX", prep("\u2168"), "output is NFKC");
        assertThrows(IllegalArgumentException.class, () -> prep("\u0007"), "prohibited character");
        assertThrows(IllegalArgumentException.class, () -> prep("\u0627\u0031"), "bidirectional check");
    }

    @Test
    void mappings() {
        assertEquals("a b", prep("a\u00A0b"), "non-ASCII space becomes SPACE");
        assertEquals("a b", prep("a\u3000b"));
        assertEquals("ab", prep("a\u200Db\uFEFF"), "joiners and BOM are dropped");
        assertEquals("", prep(""));
        assertEquals("\u0627\u0628", prep("\u0627\u0628"), "right-to-left text alone is fine");
    }

    @Test
    void prohibitedTables() {
        String[] prohibited = {"\u0000", "\u007F", "\u0085", "\uE000", "\uFDD0", "\uFFFE", "\uD800",
            "\uFFFD", "\u2FF0", "\u200E", "\u202E", "\uDB40\uDC01", "\uDB80\uDC00"};
        for (String s : prohibited) {
            assertThrows(IllegalArgumentException.class, () -> prep("ok" + s), () -> "U+" + Integer.toHexString(s.codePointAt(0)));
        }
        assertThrows(IllegalArgumentException.class, () -> prep("\u0627a\u0628"), "R and L mixed");
        assertThrows(IllegalArgumentException.class, () -> prep("\u0627\u0031\u0628\u0031"), "must end with R");
    }
}
