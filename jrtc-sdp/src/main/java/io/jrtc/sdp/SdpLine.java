package io.jrtc.sdp;

/**
 * One line of a session description: {@code <type>=<value>} (RFC 8866 section 5), kept exactly as
 * it was read so that a parsed description is written back byte for byte.
 *
 * @param type the type letter, {@code 'a'} to {@code 'z'}
 * @param value everything after the {@code '='}, without the line ending
 */
public record SdpLine(char type, String value) {
    /**
     * Validates the line.
     *
     * @throws IllegalArgumentException if the type is not a lower-case letter or the value holds a
     *     NUL, CR or LF, which no SDP line may contain (RFC 8866 section 5)
     */
    public SdpLine {
        Syntax.require(type >= 'a' && type <= 'z', "SDP type must be a letter a-z", type);
        Syntax.lineText(value);
    }

    /** The line as written, {@code <type>=<value>}, without a line ending. */
    @Override
    public String toString() {
        return type + "=" + value;
    }
}
