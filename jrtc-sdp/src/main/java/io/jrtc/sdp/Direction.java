package io.jrtc.sdp;

import java.util.Optional;

/**
 * The media direction attributes {@code a=sendrecv}, {@code a=sendonly}, {@code a=recvonly} and
 * {@code a=inactive} (RFC 8866 sections 6.7.1 to 6.7.4).
 *
 * <p>A media section without one inherits the session-level direction, and without that too it is
 * {@link #SENDRECV} (RFC 8866 section 6.7).
 */
public enum Direction implements TypedAttribute {
    /** Send and receive (the default). */
    SENDRECV("sendrecv"),
    /** Send only. */
    SENDONLY("sendonly"),
    /** Receive only. */
    RECVONLY("recvonly"),
    /** Neither send nor receive. */
    INACTIVE("inactive");

    private final String sdpName;

    Direction(String sdpName) {
        this.sdpName = sdpName;
    }

    /**
     * The direction named by an attribute, e.g. {@code "sendonly"}, or empty if {@code name} is not
     * a direction attribute.
     */
    public static Optional<Direction> fromAttributeName(String name) {
        for (Direction d : values()) {
            if (d.sdpName.equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * The direction with the SDP name {@code name}.
     *
     * @throws IllegalArgumentException if it is not one of sendrecv, sendonly, recvonly, inactive
     */
    public static Direction fromString(String name) {
        return fromAttributeName(name)
                .orElseThrow(() -> new IllegalArgumentException("not a direction: '" + name + "'"));
    }

    /** True for {@link #SENDRECV} and {@link #SENDONLY}. */
    public boolean sends() {
        return this == SENDRECV || this == SENDONLY;
    }

    /** True for {@link #SENDRECV} and {@link #RECVONLY}. */
    public boolean receives() {
        return this == SENDRECV || this == RECVONLY;
    }

    /** The direction seen from the other side: sendonly and recvonly swap (RFC 3264 section 6.1). */
    public Direction reversed() {
        return switch (this) {
            case SENDONLY -> RECVONLY;
            case RECVONLY -> SENDONLY;
            default -> this;
        };
    }

    /** The direction that sends when {@code send} and receives when {@code receive}. */
    public static Direction of(boolean send, boolean receive) {
        if (send) {
            return receive ? SENDRECV : SENDONLY;
        }
        return receive ? RECVONLY : INACTIVE;
    }

    @Override
    public Attribute toAttribute() {
        return Attribute.of(sdpName);
    }

    /** The SDP name, e.g. {@code "sendrecv"}. */
    @Override
    public String toString() {
        return sdpName;
    }
}
