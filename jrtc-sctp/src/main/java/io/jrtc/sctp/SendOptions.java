package io.jrtc.sctp;

import java.time.Duration;

/**
 * How one message is sent: ordered or not, and its partial-reliability policy (RFC 3758 §3.4):
 * at most one of {@code maxRetransmits} (-1: unlimited) and {@code maxLifetime} (null: forever).
 */
public record SendOptions(boolean ordered, int maxRetransmits, Duration maxLifetime) {
    /** Reliable and ordered. */
    public static final SendOptions RELIABLE = new SendOptions(true, -1, null);

    /** Checks the values. */
    public SendOptions {
        if (maxRetransmits < -1) {
            throw new IllegalArgumentException("maxRetransmits must be -1 or more: " + maxRetransmits);
        }
        if (maxRetransmits >= 0 && maxLifetime != null) {
            throw new IllegalArgumentException("maxRetransmits and maxLifetime are exclusive");
        }
    }
}
