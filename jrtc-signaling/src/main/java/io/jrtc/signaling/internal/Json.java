package io.jrtc.signaling.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jrtc.signaling.ErrorCode;
import java.util.Locale;

/** The one Jackson mapper of the module, strict about what it accepts. */
public final class Json {
    /** Deep nesting has no use in this protocol; a small limit keeps hostile input cheap. */
    private static final int MAX_NESTING = 32;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    /**
     * Parses one JSON object.
     *
     * @throws ProtocolException {@code malformed-json} or {@code not-an-object}
     */
    public static ObjectNode parseObject(String text) throws ProtocolException {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (Exception e) {
            // Jackson's message says what and where (line, column); the first line is enough.
            throw new ProtocolException(ErrorCode.MALFORMED_JSON,
                    "malformed JSON: " + firstLine(e.getMessage()), null);
        }
        if (node == null || node.isMissingNode()) {
            throw new ProtocolException(ErrorCode.MALFORMED_JSON, "empty message", null);
        }
        if (!node.isObject()) {
            throw new ProtocolException(ErrorCode.NOT_AN_OBJECT,
                    "a message must be a JSON object, not " + node.getNodeType().name().toLowerCase(Locale.ROOT),
                    null);
        }
        return (ObjectNode) node;
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (Exception e) {
            // A tree built from strings and numbers always serializes.
            throw new IllegalStateException("cannot serialize JSON tree", e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
