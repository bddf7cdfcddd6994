package io.jrtc.webrtc;

import io.jrtc.webrtc.internal.json.JsonWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** W3C {@code RTCStatsReport}: the stats objects of one {@code getStats()} call, by id. */
public final class RTCStatsReport {
    private final Map<String, RTCStats> stats;

    RTCStatsReport(List<RTCStats> all) {
        Map<String, RTCStats> m = new LinkedHashMap<>();
        all.forEach(s -> m.put(s.id(), s));
        this.stats = Collections.unmodifiableMap(m);
    }

    /** Every stats object by id (the maplike of the W3C interface). */
    public Map<String, RTCStats> asMap() {
        return stats;
    }

    public Optional<RTCStats> get(String id) {
        return Optional.ofNullable(stats.get(id));
    }

    /** The stats of one type, e.g. {@code "outbound-rtp"}. */
    public List<RTCStats> ofType(String type) {
        return stats.values().stream().filter(s -> s.type().equals(type)).toList();
    }

    /** The report as {@code JSON.stringify(Object.fromEntries(report))} gives it in a browser. */
    public String toJSON() {
        JsonWriter w = new JsonWriter();
        stats.forEach((id, s) -> w.raw(id, s.toJSON()));
        return w.toString();
    }

    @Override
    public String toString() {
        return toJSON();
    }
}
