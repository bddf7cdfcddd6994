package io.jrtc.sdp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code a=fmtp}: format-specific parameters of an RTP payload type (RFC 8866 section 6.15), e.g.
 * {@code a=fmtp:111 minptime=10;useinbandfec=1}.
 *
 * <p>The parameters are kept as written; {@link #parameterMap()} reads the common {@code
 * key=value;key=value} form, which is what every WebRTC codec uses.
 *
 * @param payloadType the RTP payload type, 0 to 127
 * @param parameters the parameter text as written, e.g. {@code apt=96} or {@code 111/111} for RED
 */
public record Fmtp(int payloadType, String parameters) implements TypedAttribute {
    /** The syntax named in parse errors. */
    static final String SYNTAX = "a=fmtp:<payload type> <format specific parameters>";

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the payload type is out of range or the text holds a
     *     NUL, CR or LF
     */
    public Fmtp {
        Syntax.require(payloadType >= 0 && payloadType <= 127, "payload type must be 0-127", payloadType);
        Syntax.lineText(parameters);
    }

    /**
     * Parameters written as {@code key=value} pairs joined by {@code ;}, in map order. An empty
     * value writes the key alone.
     */
    public static Fmtp of(int payloadType, Map<String, String> parameters) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            if (out.length() > 0) {
                out.append(';');
            }
            out.append(e.getKey());
            if (!e.getValue().isEmpty()) {
                out.append('=').append(e.getValue());
            }
        }
        return new Fmtp(payloadType, out.toString());
    }

    /**
     * The parameters as an ordered map: the text is split at {@code ;}, each piece at its first
     * {@code =}, and spaces around both are dropped. A piece without {@code =} (e.g. {@code
     * 111/111} for RED, {@code 0-15} for telephone-event) maps to the empty string.
     */
    public Map<String, String> parameterMap() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String piece : Syntax.split(parameters, ';')) {
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq < 0) {
                out.putIfAbsent(p, "");
            } else {
                out.putIfAbsent(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** The value of one parameter, e.g. {@code parameter("apt")}. */
    public Optional<String> parameter(String key) {
        return Optional.ofNullable(parameterMap().get(key));
    }

    static Fmtp parse(String value) {
        int sp = value.indexOf(' ');
        if (sp < 0) {
            // Lenient: "a=fmtp:96" without parameters is accepted as an empty parameter list.
            return new Fmtp(Syntax.payloadType(value), "");
        }
        return new Fmtp(Syntax.payloadType(value.substring(0, sp)), value.substring(sp + 1));
    }

    @Override
    public Attribute toAttribute() {
        return Attribute.of("fmtp", parameters.isEmpty() ? Integer.toString(payloadType) : payloadType + " " + parameters);
    }
}
