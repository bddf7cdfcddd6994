package io.jrtc.sctp.datachannel;

/**
 * A misuse of a data channel, named like the DOMException the W3C specifies
 * ({@code "OperationError"}, {@code "InvalidStateError"}, {@code "TypeError"}, ...).
 */
public final class DataChannelException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String name;

    public DataChannelException(String name, String message) {
        super(name + ": " + message);
        this.name = name;
    }

    /** The DOMException name. */
    public String name() {
        return name;
    }
}
