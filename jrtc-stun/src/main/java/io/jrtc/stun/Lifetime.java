package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;

/**
 * LIFETIME (RFC 8656 §18.2): the seconds a TURN allocation should stay alive (requested by the
 * client, granted by the server); 0 in a Refresh deletes the allocation.
 *
 * @param seconds 32-bit unsigned seconds
 */
public record Lifetime(long seconds) implements StunAttribute {
    public Lifetime {
        if (seconds < 0 || seconds > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("LIFETIME is a 32-bit unsigned number of seconds, got " + seconds);
        }
    }

    @Override
    public int type() {
        return StunAttributeType.LIFETIME;
    }

    static Lifetime decode(AttributeReader r) {
        r.requireLength(4);
        return new Lifetime(r.u32(0));
    }

    void encode(WireWriter w) {
        w.u32(seconds);
    }
}
