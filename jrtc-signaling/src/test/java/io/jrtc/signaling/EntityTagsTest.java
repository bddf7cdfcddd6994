package io.jrtc.signaling;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.signaling.internal.EntityTags;
import org.junit.jupiter.api.Test;

/** If-Match evaluation (RFC 9110 section 13.1.1) as WHIP/WHEP PATCH uses it. */
class EntityTagsTest {
    @Test
    void strongComparisonOverAList() {
        String tag = "\"abc123\"";
        assertTrue(EntityTags.ifMatch("*", tag));
        assertTrue(EntityTags.ifMatch(" \"abc123\" ", tag));
        assertTrue(EntityTags.ifMatch("\"x\", \"abc123\"", tag));
        assertTrue(EntityTags.ifMatch("\"x\",\"abc123\"", tag));
        assertFalse(EntityTags.ifMatch("W/\"abc123\"", tag), "weak tags never match strongly");
        assertFalse(EntityTags.ifMatch("\"abc12\"", tag));
        assertFalse(EntityTags.ifMatch("abc123", tag), "an unquoted value is not an entity-tag");
        assertFalse(EntityTags.ifMatch("\"abc123", tag), "unterminated");
        assertFalse(EntityTags.ifMatch("", tag));
        assertFalse(EntityTags.ifMatch("W/", tag));
        assertFalse(EntityTags.ifMatch("**", tag));
    }

    @Test
    void freshTagsAreQuotedAndDistinct() {
        String a = EntityTags.fresh();
        String b = EntityTags.fresh();
        assertTrue(a.matches("\"[0-9a-f]{18}\""), a);
        assertNotEquals(a, b);
        assertTrue(EntityTags.ifMatch(a, a));
        assertFalse(EntityTags.ifMatch(a, b));
    }
}
