package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;

/**
 * RESERVATION-TOKEN (RFC 8656 §18.9): an 8-byte token naming a relayed port the TURN server
 * reserved after an EVEN-PORT request with the R bit; a later Allocate presents it.
 *
 * @param token the 64-bit token
 */
public record ReservationToken(long token) implements StunAttribute {
    @Override
    public int type() {
        return StunAttributeType.RESERVATION_TOKEN;
    }

    static ReservationToken decode(AttributeReader r) {
        r.requireLength(8);
        return new ReservationToken(r.u64(0));
    }

    void encode(WireWriter w) {
        w.u64(token);
    }

    @Override
    public String toString() {
        return String.format("ReservationToken[token=%016x]", token);
    }
}
