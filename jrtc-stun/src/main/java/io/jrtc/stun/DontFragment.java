package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;

/**
 * DONT-FRAGMENT (RFC 8656 §18.8): a flag, no value. Asks the TURN server to set the DF bit on
 * the datagrams it relays to the peer.
 */
public record DontFragment() implements StunAttribute {
    @Override
    public int type() {
        return StunAttributeType.DONT_FRAGMENT;
    }

    static DontFragment decode(AttributeReader r) {
        r.requireLength(0);
        return new DontFragment();
    }
}
