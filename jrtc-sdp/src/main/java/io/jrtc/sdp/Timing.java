package io.jrtc.sdp;

import java.util.List;

/**
 * The {@code t=} line: when the session starts and stops, as NTP seconds (RFC 8866 section 5.9).
 * WebRTC always writes {@code t=0 0}, an unbounded session.
 *
 * @param start the start time, 0 for "already started"
 * @param stop the stop time, 0 for "unbounded"
 */
public record Timing(long start, long stop) {
    /** The syntax named in parse errors. */
    static final String SYNTAX = "t=<start-time> <stop-time>";

    /** {@code t=0 0}: a permanent session, as JSEP writes it (RFC 9429 section 5.2.1). */
    public static final Timing UNBOUNDED = new Timing(0, 0);

    /**
     * Validates the times.
     *
     * @throws IllegalArgumentException if a time is negative
     */
    public Timing {
        Syntax.require(start >= 0 && stop >= 0, "times must not be negative");
    }

    static Timing parse(String value) {
        List<String> w = Syntax.words(value);
        Syntax.require(w.size() == 2);
        return new Timing(
                Syntax.number(w.get(0), 0, Long.MAX_VALUE), Syntax.number(w.get(1), 0, Long.MAX_VALUE));
    }

    String toValue() {
        return start == 0 && stop == 0 ? "0 0" : start + " " + stop;
    }
}
