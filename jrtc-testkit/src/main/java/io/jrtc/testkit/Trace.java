package io.jrtc.testkit;

import java.util.ArrayDeque;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@link PacketTap} that records events, for assertions and for reading what happened: its
 * {@link #toString()} is the trace, one event per line. Two runs with the same seed give equal
 * traces.
 *
 * <pre>{@code
 * Trace trace = new Trace();
 * sim.tap(trace);
 * ...
 * System.out.println(trace);
 * }</pre>
 */
public final class Trace implements PacketTap {
    private final int capacity;
    private final ArrayDeque<TraceEvent> events = new ArrayDeque<>();
    private long discarded;

    /** A trace that keeps every event. */
    public Trace() {
        this(Integer.MAX_VALUE);
    }

    /** A trace that keeps only the last {@code capacity} events, for long runs. */
    public Trace(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public void onEvent(TraceEvent event) {
        if (events.size() == capacity) {
            events.removeFirst();
            discarded++;
        }
        events.addLast(event);
    }

    /** The recorded events, oldest first. */
    public List<TraceEvent> events() {
        return List.copyOf(events);
    }

    /** How many recorded events are of the given kind. */
    public long count(TraceEvent.Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).count();
    }

    /** Number of recorded events. */
    public int size() {
        return events.size();
    }

    /** Number of events dropped from the front because of the capacity. */
    public long discarded() {
        return discarded;
    }

    /** Forgets everything recorded. */
    public void clear() {
        events.clear();
        discarded = 0;
    }

    /** One event per line, oldest first. */
    @Override
    public String toString() {
        String head = discarded > 0 ? "(" + discarded + " earlier events discarded)\n" : "";
        return head + events.stream().map(TraceEvent::toString).collect(Collectors.joining("\n"));
    }
}
