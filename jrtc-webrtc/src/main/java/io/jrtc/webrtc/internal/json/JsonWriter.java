package io.jrtc.webrtc.internal.json;

/**
 * Writes a flat JSON object member by member, in the order given, as {@code JSON.stringify} writes
 * it: no spaces, strings escaped the same way (so lone surrogates become {@code \\uXXXX}).
 */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder("{");

    /** Adds a string member; a null value is written as {@code null}. */
    public JsonWriter string(String name, String value) {
        key(name);
        if (value == null) {
            out.append("null");
        } else {
            quote(out, value);
        }
        return this;
    }

    /** Adds a number member; a null value is written as {@code null}. */
    public JsonWriter number(String name, Integer value) {
        key(name);
        out.append(value == null ? "null" : value.toString());
        return this;
    }

    /**
     * Adds a member of any JSON type: a String, Boolean, Number (doubles and floats printed as
     * JavaScript prints numbers, integral ones without a fraction, non-finite ones as
     * {@code null}, as {@code JSON.stringify} does) or null.
     */
    public JsonWriter value(String name, Object value) {
        switch (value) {
            case null -> {
                key(name);
                out.append("null");
            }
            case String s -> string(name, s);
            case Boolean b -> {
                key(name);
                out.append(b);
            }
            case Double d -> {
                key(name);
                number(d);
            }
            case Float f -> {
                key(name);
                number(f.doubleValue());
            }
            case Number n -> {
                key(name);
                out.append(n);
            }
            default -> string(name, value.toString());
        }
        return this;
    }

    /**
     * A double as {@code JSON.stringify} writes it: JavaScript's shortest round-trip digits
     * (plain decimal from 1e-6 up to 1e21, exponent form outside), and {@code null} for NaN and
     * the infinities, which JSON cannot express.
     */
    private void number(double d) {
        out.append(Double.isFinite(d) ? JsNumber.toString(d) : "null");
    }

    /** Adds a member whose value is already JSON text (a nested object). */
    public JsonWriter raw(String name, String json) {
        key(name);
        out.append(json);
        return this;
    }

    private void key(String name) {
        if (out.length() > 1) {
            out.append(',');
        }
        quote(out, name);
        out.append(':');
    }

    /** The object text. */
    @Override
    public String toString() {
        return out + "}";
    }

    /** Appends {@code s} as a JSON string literal. */
    static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
