package io.jrtc.signaling.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jrtc.signaling.ErrorCode;

/**
 * Parses client messages. Every input either yields a {@link ClientMessage} or a
 * {@link ProtocolException} whose code and message go back to the client; nothing else escapes.
 */
public final class MessageParser {
    private MessageParser() {
    }

    public static ClientMessage parse(String text) throws ProtocolException {
        ObjectNode obj = Json.parseObject(text);
        if (!obj.has("type")) {
            throw new ProtocolException(ErrorCode.MISSING_FIELD, "'type' is required", null);
        }
        String type = Fields.requiredString(obj, "type", null);
        return switch (type) {
            case "join" -> join(obj);
            case "leave" -> new ClientMessage.Leave();
            case "signal" -> signal(obj);
            case "ping" -> new ClientMessage.Ping();
            default -> throw new ProtocolException(ErrorCode.UNKNOWN_TYPE,
                    "unknown message type '" + PayloadCodec.clip(type)
                            + "' (expected join, leave, signal or ping)", null);
        };
    }

    private static ClientMessage join(ObjectNode obj) throws ProtocolException {
        String room = Fields.requiredString(obj, "room", "join");
        if (!RoomNames.isValid(room)) {
            throw new ProtocolException(ErrorCode.BAD_ROOM, badRoom(room), "join");
        }
        return new ClientMessage.Join(room);
    }

    private static ClientMessage signal(ObjectNode obj) throws ProtocolException {
        String to = Fields.optionalString(obj, "to", "signal");
        if (!obj.has("data")) {
            throw new ProtocolException(ErrorCode.MISSING_FIELD, "'data' is required", "signal");
        }
        return new ClientMessage.Signal(to, PayloadCodec.parse(obj.get("data")));
    }

    public static String badRoom(String room) {
        return "room name '" + PayloadCodec.clip(room) + "' is invalid: use 1 to " + RoomNames.MAX_LENGTH
                + " characters of A-Z a-z 0-9 . _ ~ -";
    }
}
