package io.jrtc.sdp;

/**
 * One RTP stream in an {@code a=simulcast} list: a rid, possibly paused ({@code ~h}) (RFC 8853
 * section 5.1).
 *
 * @param rid the rid of an {@code a=rid} line in the same media section
 * @param paused true if written with {@code ~}: offered but not to be sent for now
 */
public record SimulcastStream(String rid, boolean paused) {
    /**
     * Validates the rid.
     *
     * @throws IllegalArgumentException if it is not a valid rid-id (RFC 8851 section 10)
     */
    public SimulcastStream {
        Syntax.require(Rid.isRidId(rid), "not a rid-id", rid);
    }

    /** An active stream. */
    public static SimulcastStream of(String rid) {
        return new SimulcastStream(rid, false);
    }

    static SimulcastStream parse(String text) {
        return text.startsWith("~") ? new SimulcastStream(text.substring(1), true) : new SimulcastStream(text, false);
    }

    String toValue() {
        return paused ? "~" + rid : rid;
    }
}
