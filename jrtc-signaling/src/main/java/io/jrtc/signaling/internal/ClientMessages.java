package io.jrtc.signaling.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jrtc.signaling.SignalPayload;

/** The JSON texts a client sends. */
public final class ClientMessages {
    private ClientMessages() {
    }

    public static String join(String room) {
        return Json.write(Json.object().put("type", "join").put("room", room));
    }

    public static String leave() {
        return Json.write(Json.object().put("type", "leave"));
    }

    public static String ping() {
        return Json.write(Json.object().put("type", "ping"));
    }

    public static String signal(String to, SignalPayload data) {
        ObjectNode obj = Json.object().put("type", "signal");
        if (to != null) {
            obj.put("to", to);
        }
        obj.set("data", PayloadCodec.toNode(data));
        return Json.write(obj);
    }
}
