package io.jrtc.signaling.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jrtc.signaling.ErrorCode;
import io.jrtc.signaling.SignalPayload;
import java.util.Collection;

/** The JSON texts the server sends (see the package documentation of {@code io.jrtc.signaling}). */
public final class ServerMessages {
    private ServerMessages() {
    }

    public static String joined(String room, String id, Collection<String> peers) {
        ObjectNode obj = typed("joined").put("room", room).put("id", id);
        ArrayNode list = obj.putArray("peers");
        peers.forEach(list::add);
        return Json.write(obj);
    }

    public static String left(String room) {
        return Json.write(typed("left").put("room", room));
    }

    public static String peerJoined(String room, String id) {
        return Json.write(typed("peer-joined").put("room", room).put("id", id));
    }

    public static String peerLeft(String room, String id) {
        return Json.write(typed("peer-left").put("room", room).put("id", id));
    }

    public static String signal(String from, String to, SignalPayload data) {
        ObjectNode obj = typed("signal").put("from", from);
        if (to != null) {
            obj.put("to", to);
        }
        obj.set("data", PayloadCodec.toNode(data));
        return Json.write(obj);
    }

    public static String error(ErrorCode code, String message, String request) {
        ObjectNode obj = typed("error").put("code", code.wire()).put("message", message);
        if (request != null) {
            obj.put("request", request);
        }
        return Json.write(obj);
    }

    public static String pong() {
        return Json.write(typed("pong"));
    }

    private static ObjectNode typed(String type) {
        return Json.object().put("type", type);
    }
}
