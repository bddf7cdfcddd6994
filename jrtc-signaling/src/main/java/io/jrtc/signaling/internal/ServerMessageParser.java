package io.jrtc.signaling.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jrtc.signaling.ErrorCode;
import io.jrtc.signaling.SignalingEvent;
import java.util.ArrayList;
import java.util.List;

/** Reads the server's messages on the client side; anything unreadable becomes an error event. */
public final class ServerMessageParser {
    private ServerMessageParser() {
    }

    public static SignalingEvent parse(String text) {
        try {
            return read(Json.parseObject(text));
        } catch (ProtocolException e) {
            return new SignalingEvent.Error(e.code(), "unreadable message from the server: " + e.getMessage(), null);
        }
    }

    private static SignalingEvent read(ObjectNode obj) throws ProtocolException {
        String type = Fields.requiredString(obj, "type", null);
        return switch (type) {
            case "joined" -> new SignalingEvent.Joined(room(obj), id(obj), peers(obj));
            case "left" -> new SignalingEvent.Left(room(obj));
            case "peer-joined" -> new SignalingEvent.PeerJoined(room(obj), id(obj));
            case "peer-left" -> new SignalingEvent.PeerLeft(room(obj), id(obj));
            case "signal" -> new SignalingEvent.Signal(Fields.requiredString(obj, "from", type),
                    Fields.optionalString(obj, "to", type), PayloadCodec.parse(obj.get("data")));
            case "error" -> new SignalingEvent.Error(ErrorCode.fromWire(Fields.requiredString(obj, "code", type)),
                    String.valueOf(Fields.optionalString(obj, "message", type)), Fields.optionalString(obj, "request", type));
            case "pong" -> new SignalingEvent.Pong();
            default -> throw new ProtocolException(ErrorCode.UNKNOWN_TYPE,
                    "unknown message type '" + PayloadCodec.clip(type) + "'", null);
        };
    }

    private static String room(ObjectNode obj) throws ProtocolException {
        return Fields.requiredString(obj, "room", null);
    }

    private static String id(ObjectNode obj) throws ProtocolException {
        return Fields.requiredString(obj, "id", null);
    }

    private static List<String> peers(ObjectNode obj) throws ProtocolException {
        JsonNode node = obj.get("peers");
        List<String> peers = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode p : node) {
                if (!p.isTextual()) {
                    throw new ProtocolException(ErrorCode.BAD_FIELD, "'peers' must hold strings", "joined");
                }
                peers.add(p.textValue());
            }
        } else if (node != null && !node.isNull()) {
            throw new ProtocolException(ErrorCode.BAD_FIELD, "'peers' must be an array", "joined");
        }
        return peers;
    }
}
