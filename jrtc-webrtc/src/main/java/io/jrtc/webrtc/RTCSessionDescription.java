package io.jrtc.webrtc;

import io.jrtc.webrtc.internal.json.JsonMembers;
import io.jrtc.webrtc.internal.json.JsonWriter;
import java.util.Objects;

/**
 * W3C {@code RTCSessionDescription} (and {@code RTCSessionDescriptionInit}): an SDP offer, answer,
 * provisional answer or rollback (WebRTC 1.0 section 4.8.1). Immutable.
 *
 * <p>{@link #toJSON()} and {@link #fromJSON(String)} read and write exactly what browsers send
 * through signaling, {@code {"type":"offer","sdp":"v=0\r\n..."}}, so one line on each side does:
 *
 * <pre>{@code
 * signaling.send(pc.localDescription().toJSON());
 * pc.setRemoteDescription(RTCSessionDescription.fromJSON(received));
 * }</pre>
 */
public final class RTCSessionDescription {
    private final RTCSdpType type;
    private final String sdp;

    private RTCSessionDescription(RTCSdpType type, String sdp) {
        this.type = type;
        this.sdp = sdp;
    }

    /** A description of this type with this SDP text (may be empty, as for a rollback). */
    public static RTCSessionDescription of(RTCSdpType type, String sdp) {
        return builder().type(type).sdp(sdp).build();
    }

    /** A builder; the type is required, the SDP defaults to {@code ""} as in the W3C dictionary. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the JSON a browser sends: {@code {"type":"answer","sdp":"..."}}. Unknown members are
     * ignored; a missing or {@code null} sdp reads as {@code ""}, as {@code new
     * RTCSessionDescription(init)} does.
     *
     * @throws RTCException {@code SyntaxError} if the text is not JSON, {@code TypeError} if it is
     *     not an object, the type is missing or not an RTCSdpType, or sdp is not a string; nothing
     *     else is ever thrown
     */
    public static RTCSessionDescription fromJSON(String json) {
        JsonMembers m = JsonMembers.parseObject(json, "RTCSessionDescriptionInit");
        String type = m.string("type");
        if (type == null) {
            throw new RTCException(RTCErrorName.TYPE_ERROR,
                    "RTCSessionDescriptionInit needs a \"type\" (offer, answer, pranswer or rollback)");
        }
        String sdp = m.string("sdp");
        return of(RTCSdpType.fromString(type), sdp == null ? "" : sdp);
    }

    /** The type. */
    public RTCSdpType type() {
        return type;
    }

    /** The SDP text; empty for a rollback. */
    public String sdp() {
        return sdp;
    }

    /** {@code {"type":"offer","sdp":"..."}}, the object a browser's {@code toJSON()} gives, as text. */
    public String toJSON() {
        return new JsonWriter().string("type", type.toString()).string("sdp", sdp).toString();
    }

    /** Equal if type and SDP text are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RTCSessionDescription d && d.type == type && d.sdp.equals(sdp);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + sdp.hashCode();
    }

    /** The type and the SDP's length; the SDP holds ICE passwords, so it is not printed. */
    @Override
    public String toString() {
        return "RTCSessionDescription{type=" + type + ", sdp=<" + sdp.length() + " chars>}";
    }

    /** Builds an {@link RTCSessionDescription}. */
    public static final class Builder {
        private RTCSdpType type;
        private String sdp = "";

        private Builder() {}

        /** The type (required). */
        public Builder type(RTCSdpType value) {
            this.type = Objects.requireNonNull(value, "type");
            return this;
        }

        /** The SDP text; {@code ""} if not set. */
        public Builder sdp(String value) {
            this.sdp = Objects.requireNonNull(value, "sdp");
            return this;
        }

        /**
         * Builds the description.
         *
         * @throws RTCException a TypeError if no type was set, as the W3C dictionary requires one
         */
        public RTCSessionDescription build() {
            if (type == null) {
                throw new RTCException(RTCErrorName.TYPE_ERROR,
                        "an RTCSessionDescription needs a type: call type(RTCSdpType.OFFER) or another");
            }
            return new RTCSessionDescription(type, sdp);
        }
    }
}
