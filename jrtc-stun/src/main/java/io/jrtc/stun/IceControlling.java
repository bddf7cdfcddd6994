package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;

/**
 * ICE-CONTROLLING (RFC 8445 §7.1.3): the sender believes it is the controlling agent. The 64-bit tie-breaker resolves role conflicts: the
 * agent with the larger value is controlling (§7.3.1.1).
 *
 * @param tieBreaker the 64-bit unsigned tie-breaker, held in a {@code long}; compare with
 *     {@link Long#compareUnsigned}
 */
public record IceControlling(long tieBreaker) implements StunAttribute {
    @Override
    public int type() {
        return StunAttributeType.ICE_CONTROLLING;
    }

    static IceControlling decode(AttributeReader r) {
        r.requireLength(8);
        return new IceControlling(r.u64(0));
    }

    void encode(WireWriter w) {
        w.u64(tieBreaker);
    }
}
