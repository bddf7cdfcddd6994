package io.jrtc.ice;

/** The agent's role (RFC 8445 §6.1.1): the controlling agent nominates the pair. */
public enum IceRole {
    /** Nominates pairs (usually the offerer). */
    CONTROLLING,
    /** Accepts the controlling agent's nominations. */
    CONTROLLED;

    /** The other role. */
    public IceRole opposite() {
        return this == CONTROLLING ? CONTROLLED : CONTROLLING;
    }
}
