package io.jrtc.sdp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code a=rid}: an RTP stream identifier with its direction, payload types and restrictions (RFC
 * 8851 section 10), e.g. {@code a=rid:h send pt=96,97;max-width=1280;max-height=720}.
 *
 * @param id the rid, letters, digits, {@code -} and {@code _}
 * @param direction whether the stream is sent or received
 * @param payloadTypes the payload types the stream may use ({@code pt=}), empty for all
 * @param restrictions the other restrictions in order, e.g. {@code max-width=1280}; a restriction
 *     written without a value maps to the empty string
 */
public record Rid(String id, RidDirection direction, List<Integer> payloadTypes, Map<String, String> restrictions)
        implements TypedAttribute {

    /** The syntax named in parse errors. */
    static final String SYNTAX = "a=rid:<rid-id> send|recv[ pt=<fmt>,...;<restriction>=<value>;...]";

    /**
     * Validates the fields and copies the collections.
     *
     * @throws IllegalArgumentException if the id holds other characters than RFC 8851 allows, a
     *     payload type is out of range or a restriction is not a token
     */
    public Rid {
        Syntax.require(isRidId(id), "rid-id must be letters, digits, '-' or '_'", id);
        Syntax.require(direction != null, "direction must not be null");
        payloadTypes = List.copyOf(payloadTypes);
        payloadTypes.forEach(pt -> Syntax.require(pt >= 0 && pt <= 127, "payload type must be 0-127", pt));
        Map<String, String> copy = new LinkedHashMap<>(restrictions);
        copy.forEach(Rid::checkRestriction);
        restrictions = Collections.unmodifiableMap(copy);
    }

    /** A rid without payload types or restrictions, as Chromium writes them. */
    public Rid(String id, RidDirection direction) {
        this(id, direction, List.of(), Map.of());
    }

    /** RFC 8851 section 10: {@code rid-id = 1*(alpha-numeric / "-" / "_")}. */
    static boolean isRidId(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || Syntax.isDigit(c) || c == '-' || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static void checkRestriction(String key, String value) {
        Syntax.require(Syntax.isToken(key) && !key.equals("pt"), "restriction must be a token other than pt", key);
        Syntax.require(value.isEmpty() || Syntax.isWord(value), "restriction value must have no spaces", value);
        Syntax.require(value.indexOf(';') < 0, "restriction value must not hold ';'");
    }

    static Rid parse(String value) {
        List<String> w = Syntax.words(value);
        Syntax.require(w.size() == 2 || w.size() == 3);
        RidDirection direction = RidDirection.fromString(w.get(1));
        List<Integer> pts = new ArrayList<>();
        Map<String, String> restrictions = new LinkedHashMap<>();
        if (w.size() == 3) {
            for (String param : Syntax.split(w.get(2), ';')) {
                parseParam(param, pts, restrictions);
            }
        }
        return new Rid(w.get(0), direction, pts, restrictions);
    }

    private static void parseParam(String param, List<Integer> pts, Map<String, String> restrictions) {
        Syntax.require(!param.isEmpty());
        int eq = param.indexOf('=');
        String key = eq < 0 ? param : param.substring(0, eq);
        String val = eq < 0 ? "" : param.substring(eq + 1);
        if (key.equals("pt")) {
            // RFC 8851 section 10: rid-fmt-list = "pt=" fmt *( "," fmt ), once only.
            Syntax.require(pts.isEmpty());
            for (String pt : Syntax.split(val, ',')) {
                pts.add(Syntax.payloadType(pt));
            }
        } else {
            Syntax.require(!restrictions.containsKey(key));
            restrictions.put(key, val);
        }
    }

    @Override
    public Attribute toAttribute() {
        List<String> params = new ArrayList<>();
        if (!payloadTypes.isEmpty()) {
            StringBuilder pt = new StringBuilder("pt=");
            for (int i = 0; i < payloadTypes.size(); i++) {
                pt.append(i == 0 ? "" : ",").append(payloadTypes.get(i));
            }
            params.add(pt.toString());
        }
        restrictions.forEach((k, v) -> params.add(v.isEmpty() ? k : k + "=" + v));
        String tail = params.isEmpty() ? "" : " " + String.join(";", params);
        return Attribute.of("rid", id + " " + direction + tail);
    }
}
