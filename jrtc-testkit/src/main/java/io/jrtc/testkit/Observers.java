package io.jrtc.testkit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Fans trace events out to the taps, and always keeps the last few so that a live-lock report
 * can show what the network was doing.
 */
final class Observers {
    private static final int RECENT = 12;

    private final VirtualClock clock;
    private final List<PacketTap> taps = new ArrayList<>();
    private final ArrayDeque<TraceEvent> recent = new ArrayDeque<>();

    Observers(VirtualClock clock) {
        this.clock = clock;
    }

    void add(PacketTap tap) {
        taps.add(Objects.requireNonNull(tap, "tap"));
    }

    void remove(PacketTap tap) {
        taps.remove(tap);
    }

    void emit(TraceEvent.Kind kind, Datagram datagram, DropReason reason, Object where) {
        TraceEvent event = new TraceEvent(clock.now(), kind, datagram, reason, where.toString());
        if (recent.size() == RECENT) {
            recent.removeFirst();
        }
        recent.addLast(event);
        for (int i = 0; i < taps.size(); i++) {
            taps.get(i).onEvent(event);
        }
    }

    /** The last few events, one per line, or a note that there were none. */
    String recent() {
        if (recent.isEmpty()) {
            return "  (no network activity yet)";
        }
        return recent.stream().map(e -> "  " + e).collect(Collectors.joining("\n"));
    }
}
