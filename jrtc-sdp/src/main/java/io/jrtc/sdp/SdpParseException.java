package io.jrtc.sdp;

import java.util.Optional;

/**
 * The text is not a well-formed session description (RFC 8866), or an attribute WebRTC relies on
 * is malformed in it.
 *
 * <p>This is the only exception {@link SessionDescription#parse(String)} and the other parse
 * methods of this package ever throw, whatever their input. It tells where the problem is (the
 * 1-based line number and the offending line) and what was expected there, for example {@code
 * line 7: expected 'a=rtpmap:<payload type> <encoding name>/<clock rate>[/<channels>]' but got
 * 'a=rtpmap:abc'}.
 */
public final class SdpParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Longer lines are shortened in the message; {@link #line()} keeps them whole. */
    private static final int MAX_QUOTED_CHARS = 200;

    /** The 1-based number of the offending line. */
    private final int lineNumber;
    /** The offending line, or null at the end of input. */
    private final String line;
    /** What was expected instead. */
    private final String expected;

    /**
     * Creates the exception.
     *
     * @param lineNumber the 1-based number of the offending line
     * @param line the offending line as it was read, without its line ending, or {@code null} when
     *     the input ended where more was expected
     * @param expected what was expected instead, usually the syntax of the line
     */
    public SdpParseException(int lineNumber, String line, String expected) {
        super(message(lineNumber, line, expected));
        this.lineNumber = lineNumber;
        this.line = line;
        this.expected = expected;
    }

    /** The 1-based number of the offending line. */
    public int lineNumber() {
        return lineNumber;
    }

    /** The offending line as read (without its line ending); empty when the input ended early. */
    public Optional<String> line() {
        return Optional.ofNullable(line);
    }

    /** What was expected instead, usually the syntax of the line, e.g. {@code t=<start> <stop>}. */
    public String expected() {
        return expected;
    }

    private static String message(int lineNumber, String line, String expected) {
        String got = line == null ? "end of input" : "'" + printable(line) + "'";
        return "line " + lineNumber + ": expected '" + expected + "' but got " + got;
    }

    /** Control characters are shown escaped so that the message stays on one readable line. */
    private static String printable(String line) {
        StringBuilder out = new StringBuilder();
        int end = Math.min(line.length(), MAX_QUOTED_CHARS);
        for (int i = 0; i < end; i++) {
            char c = line.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (line.length() > end) {
            out.append("...");
        }
        return out.toString();
    }
}
