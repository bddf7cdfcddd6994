package io.jrtc.signaling.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jrtc.signaling.ErrorCode;
import io.jrtc.signaling.SignalPayload;

/**
 * Reads and writes signal payloads in the W3C shapes: {@code RTCSessionDescriptionInit}
 * (type + sdp) and {@code RTCIceCandidateInit} (candidate, sdpMid, sdpMLineIndex,
 * usernameFragment). Payloads are re-serialized from these records, so only known fields travel.
 */
public final class PayloadCodec {
    private static final String SIGNAL = "signal";

    private PayloadCodec() {
    }

    /** Whether {@code type} is an {@code RTCSdpType}. */
    public static boolean isSdpType(String type) {
        return switch (type) {
            case "offer", "answer", "pranswer", "rollback" -> true;
            default -> false;
        };
    }

    /** Parses a payload from JSON text. */
    public static SignalPayload parse(String json) throws ProtocolException {
        return parse(Json.parseObject(json));
    }

    /**
     * Parses a payload from a JSON node: a description when it has a {@code type}, a candidate
     * when it has a {@code candidate}.
     *
     * @throws ProtocolException {@code bad-signal} naming what is wrong
     */
    public static SignalPayload parse(JsonNode node) throws ProtocolException {
        if (node == null || !node.isObject()) {
            throw new ProtocolException(ErrorCode.BAD_SIGNAL,
                    "'data' must be an object (a session description or an ICE candidate), not "
                            + (node == null ? "absent" : Fields.kind(node)), SIGNAL);
        }
        ObjectNode obj = (ObjectNode) node;
        try {
            if (obj.has("type")) {
                String type = Fields.requiredString(obj, "type", SIGNAL);
                if (!isSdpType(type)) {
                    throw new ProtocolException(ErrorCode.BAD_SIGNAL,
                            "description type must be offer, answer, pranswer or rollback, not '"
                                    + clip(type) + "'", SIGNAL);
                }
                String sdp = "rollback".equals(type)
                        ? orEmpty(Fields.optionalString(obj, "sdp", SIGNAL))
                        : Fields.requiredString(obj, "sdp", SIGNAL);
                return new SignalPayload.Description(type, sdp);
            }
            if (obj.has("candidate")) {
                return new SignalPayload.Candidate(
                        Fields.requiredString(obj, "candidate", SIGNAL),
                        Fields.optionalString(obj, "sdpMid", SIGNAL),
                        Fields.optionalInt(obj, "sdpMLineIndex", 0, 65535, SIGNAL),
                        Fields.optionalString(obj, "usernameFragment", SIGNAL));
            }
        } catch (ProtocolException e) {
            throw new ProtocolException(ErrorCode.BAD_SIGNAL, "bad signal data: " + e.getMessage(), SIGNAL);
        }
        throw new ProtocolException(ErrorCode.BAD_SIGNAL,
                "'data' must have 'type' and 'sdp' (a session description) or 'candidate' (an ICE candidate)",
                SIGNAL);
    }

    public static ObjectNode toNode(SignalPayload payload) {
        ObjectNode obj = Json.object();
        switch (payload) {
            case SignalPayload.Description d -> obj.put("type", d.type()).put("sdp", d.sdp());
            case SignalPayload.Candidate c -> {
                obj.put("candidate", c.candidate());
                obj.put("sdpMid", c.sdpMid());
                if (c.sdpMLineIndex() == null) {
                    obj.putNull("sdpMLineIndex");
                } else {
                    obj.put("sdpMLineIndex", c.sdpMLineIndex().intValue());
                }
                obj.put("usernameFragment", c.usernameFragment());
            }
        }
        return obj;
    }

    public static String toJson(SignalPayload payload) {
        return Json.write(toNode(payload));
    }

    static String clip(String s) {
        return s.length() > 64 ? s.substring(0, 64) + "..." : s;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
