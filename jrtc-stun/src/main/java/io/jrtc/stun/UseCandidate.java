package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;

/**
 * USE-CANDIDATE (RFC 8445 §7.1.2): a flag, no value. The controlling agent sets it on the check
 * that nominates a pair.
 */
public record UseCandidate() implements StunAttribute {
    @Override
    public int type() {
        return StunAttributeType.USE_CANDIDATE;
    }

    static UseCandidate decode(AttributeReader r) {
        r.requireLength(0);
        return new UseCandidate();
    }
}
