package io.jrtc.ice.turn;

/**
 * Counters of what a {@link TurnClient} dropped from the server, so that bad input is visible.
 *
 * @param malformed messages that were neither valid STUN nor valid ChannelData
 * @param unexpected well-formed messages that matched nothing: unknown transaction, unbound
 *     channel, a request or an unknown indication
 * @param unauthentic responses whose MESSAGE-INTEGRITY was missing or wrong (RFC 8489 §9.2.5)
 */
public record TurnStats(long malformed, long unexpected, long unauthentic) {
    /** All dropped inputs. */
    public long dropped() {
        return malformed + unexpected + unauthentic;
    }
}
