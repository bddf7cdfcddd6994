package io.jrtc.testkit;

import io.jrtc.testkit.internal.TimeFormat;
import java.util.Objects;

/**
 * One thing that happened to a datagram.
 *
 * @param timeNanos virtual time
 * @param kind what happened
 * @param datagram the datagram (after translation for {@link Kind#TRANSLATE})
 * @param reason why it was dropped, or null unless {@code kind} is {@link Kind#DROP}
 * @param where the link, host or NAT where it happened, e.g. {@code link 10.0.0.1 > 192.0.2.7}
 */
public record TraceEvent(long timeNanos, Kind kind, Datagram datagram, DropReason reason, String where) {
    /** What happened. */
    public enum Kind {
        /** An endpoint (or the test) handed the datagram to the network. */
        SEND,
        /** The datagram reached its endpoint. */
        DELIVER,
        /** The datagram was dropped; see {@link TraceEvent#reason()}. */
        DROP,
        /** A link made a second copy of the datagram. */
        DUPLICATE,
        /** A NAT rewrote the source (outbound) or destination (inbound) address. */
        TRANSLATE
    }

    /** Checks that a drop has a reason and nothing else does. */
    public TraceEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(datagram, "datagram");
        Objects.requireNonNull(where, "where");
        if ((kind == Kind.DROP) != (reason != null)) {
            throw new IllegalArgumentException("a reason is given exactly for drops: " + kind + " " + reason);
        }
    }

    /** {@code 0.025000000s DELIVER   10.0.0.1:5000 > 192.0.2.7:3478 (4 B: 01020304) at host 192.0.2.7}. */
    @Override
    public String toString() {
        String what = kind == Kind.DROP ? "DROP " + reason : kind.name();
        return TimeFormat.seconds(timeNanos) + " " + String.format("%-22s", what) + " " + datagram + " at " + where;
    }
}
