package io.jrtc.signaling.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jrtc.signaling.ErrorCode;

/** Typed reads of message fields, each failure a {@link ProtocolException} naming the field. */
final class Fields {
    private Fields() {
    }

    static String requiredString(ObjectNode obj, String field, String request) throws ProtocolException {
        String value = optionalString(obj, field, request);
        if (value == null) {
            throw new ProtocolException(ErrorCode.MISSING_FIELD, "'" + field + "' is required", request);
        }
        return value;
    }

    /** A string field, or {@code null} when absent or JSON null. */
    static String optionalString(ObjectNode obj, String field, String request) throws ProtocolException {
        JsonNode node = obj.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new ProtocolException(ErrorCode.BAD_FIELD,
                    "'" + field + "' must be a string, not " + kind(node), request);
        }
        return node.textValue();
    }

    /** An integer field in {@code [min, max]}, or {@code null} when absent or JSON null. */
    static Integer optionalInt(ObjectNode obj, String field, int min, int max, String request)
            throws ProtocolException {
        JsonNode node = obj.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new ProtocolException(ErrorCode.BAD_FIELD,
                    "'" + field + "' must be an integer, not " + kind(node), request);
        }
        int value = node.intValue();
        if (value < min || value > max) {
            throw new ProtocolException(ErrorCode.BAD_FIELD,
                    "'" + field + "' must be in " + min + ".." + max + ", not " + value, request);
        }
        return value;
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case NULL -> "null";
            default -> "something else";
        };
    }
}
