package io.jrtc.webrtc;

import io.jrtc.webrtc.internal.json.JsonWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One W3C stats object (WebRTC Statistics API): its {@code id}, {@code type} (e.g.
 * {@code "data-channel"}), {@code timestamp} in milliseconds since the epoch, and the members that
 * have values, under their W3C names. Immutable.
 */
public final class RTCStats {
    private final String id;
    private final String type;
    private final double timestamp;
    private final Map<String, Object> members;

    RTCStats(String id, String type, double timestamp, Map<String, Object> members) {
        this.id = Objects.requireNonNull(id);
        this.type = Objects.requireNonNull(type);
        this.timestamp = timestamp;
        this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    /** Milliseconds since the Unix epoch, as {@code performance.timeOrigin + now()}. */
    public double timestamp() {
        return timestamp;
    }

    /** The members besides id, type and timestamp, in order. */
    public Map<String, Object> members() {
        return members;
    }

    /** A member's value (String, Number or Boolean), or null if it has none. */
    public Object get(String name) {
        return members.get(name);
    }

    /** The object as a browser's {@code JSON.stringify(stats)} gives it. */
    public String toJSON() {
        JsonWriter w = new JsonWriter().string("id", id).value("timestamp", timestamp).string("type", type);
        members.forEach(w::value);
        return w.toString();
    }

    @Override
    public String toString() {
        return toJSON();
    }
}
