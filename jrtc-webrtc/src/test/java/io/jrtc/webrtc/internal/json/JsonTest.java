package io.jrtc.webrtc.internal.json;

import static io.jrtc.webrtc.RtcAssertions.assertRtcError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.webrtc.RTCErrorName;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void writesStringsAsJsonStringifyDoes() {
        String out = new JsonWriter().string("s", "a\"b\\c\n\r\t\b\f\u0001/\u00e9\ud83d\ude00").string("lone", "x\ud800y")
                .number("n", 7).string("nothing", null).number("none", null).toString();
        assertEquals("{\"s\":\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001/\u00e9\ud83d\ude00\",\"lone\":\"x\\ud800y\","
                + "\"n\":7,\"nothing\":null,\"none\":null}", out);
        @SuppressWarnings("unchecked")
        Map<String, Object> back = (Map<String, Object>) JsonReader.parse(out);
        assertEquals("a\"b\\c\n\r\t\b\f\u0001/\u00e9\ud83d\ude00", back.get("s"));
        assertEquals("x\ud800y", back.get("lone"));
        assertTrue(back.containsKey("nothing"));
        assertNull(back.get("nothing"));
    }

    @Test
    void readsEveryValueKind() {
        Object v = JsonReader.parse(" [true,false,null,-0,1.5e3,\"\\u0041\",{},[],{\"k\":{\"k\":2}}] ");
        assertEquals(9, ((List<?>) v).size());
        assertEquals(new BigDecimal("1.5e3"), ((List<?>) v).get(4));
        assertEquals("A", ((List<?>) v).get(5));
        Map<?, ?> outer = (Map<?, ?>) ((List<?>) v).get(8);
        assertEquals(new BigDecimal("2"), ((Map<?, ?>) outer.get("k")).get("k"));
        // A repeated member keeps the last value, as JSON.parse does.
        assertEquals("b", ((Map<?, ?>) JsonReader.parse("{\"a\":\"a\",\"a\":\"b\"}")).get("a"));
    }

    @Test
    void rejectsWhatJsonParseRejects() {
        for (String bad : List.of("", " ", "01", "1.", ".5", "+1", "1e", "tru", "nul", "\"\\x\"", "\"\u0001\"",
                "\"abc", "[1,]", "{\"a\":1,}", "{a:1}", "[1 2]", "{\"a\" 1}", "\"\\u12\"", "1 2", "[", "{",
                "[".repeat(JsonReader.MAX_DEPTH + 2))) {
            String message = assertRtcError(RTCErrorName.SYNTAX_ERROR, () -> JsonReader.parse(bad)).getMessage();
            assertTrue(message.startsWith("Invalid JSON at offset"), message);
        }
        JsonReader.parse("[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH));
    }
}
