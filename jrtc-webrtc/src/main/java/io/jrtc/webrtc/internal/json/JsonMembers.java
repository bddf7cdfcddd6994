package io.jrtc.webrtc.internal.json;

import io.jrtc.webrtc.RTCErrorName;
import io.jrtc.webrtc.RTCException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads typed members of a parsed JSON object the way a WebIDL dictionary conversion would, with
 * a TypeError naming the member when one has the wrong type.
 */
public final class JsonMembers {
    private final Map<?, ?> members;
    private final String dictionary;

    private JsonMembers(Map<?, ?> members, String dictionary) {
        this.members = members;
        this.dictionary = dictionary;
    }

    /**
     * Parses {@code json}, which must be an object.
     *
     * @param dictionary the W3C dictionary name used in messages, e.g. {@code RTCIceCandidateInit}
     * @throws RTCException SyntaxError if the text is not JSON, TypeError if it is not an object
     */
    public static JsonMembers parseObject(String json, String dictionary) {
        Object v = JsonReader.parse(json);
        if (!(v instanceof Map<?, ?> m)) {
            throw new RTCException(RTCErrorName.TYPE_ERROR,
                    "JSON for " + dictionary + " must be an object like {\"type\":...}, not " + describe(v));
        }
        return new JsonMembers(m, dictionary);
    }

    /** The string member, or null if absent or {@code null}. */
    public String string(String name) {
        Object v = members.get(name);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw wrongType(name, "a string", v);
    }

    /** The member as an unsigned short (0-65535), or null if absent or {@code null}. */
    public Integer unsignedShort(String name) {
        Object v = members.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal n) {
            if (n.signum() == 0) {
                return 0;
            }
            // Exponents this far out are never a short; checking first keeps the conversion cheap.
            if (Math.abs((long) n.scale()) > 100) {
                throw wrongType(name, "an integer from 0 to 65535", v);
            }
            try {
                int i = n.intValueExact();
                if (i >= 0 && i <= 0xFFFF) {
                    return i;
                }
            } catch (ArithmeticException e) {
                // not an integer in range: reported below
            }
        }
        throw wrongType(name, "an integer from 0 to 65535", v);
    }

    private RTCException wrongType(String name, String expected, Object v) {
        return new RTCException(RTCErrorName.TYPE_ERROR,
                dictionary + "." + name + " must be " + expected + ", not " + describe(v));
    }

    private static String describe(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String) {
            return "a string";
        }
        if (v instanceof BigDecimal n) {
            return "the number " + n.toString();
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        return v instanceof Map ? "an object" : "an array";
    }
}
