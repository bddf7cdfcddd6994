package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;

/**
 * PRIORITY (RFC 8445 §7.1.1): the priority a peer-reflexive candidate learned from this check
 * would get, sent in every ICE connectivity check.
 *
 * @param value the 32-bit unsigned priority, 0 to 2^32-1
 */
public record Priority(long value) implements StunAttribute {
    public Priority {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("PRIORITY is a 32-bit unsigned value, got " + value);
        }
    }

    @Override
    public int type() {
        return StunAttributeType.PRIORITY;
    }

    static Priority decode(AttributeReader r) {
        r.requireLength(4);
        return new Priority(r.u32(0));
    }

    void encode(WireWriter w) {
        w.u32(value);
    }
}
