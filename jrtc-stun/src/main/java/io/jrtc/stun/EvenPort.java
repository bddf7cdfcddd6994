package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;

/**
 * EVEN-PORT (RFC 8656 §18.6): asks for an even relayed port and, with the R bit, that the server
 * also reserve the next port (for RTP/RTCP pairs). One byte: R is the top bit, the other 7 bits
 * are RFFU and ignored.
 *
 * @param reserveNextPort the R bit
 */
public record EvenPort(boolean reserveNextPort) implements StunAttribute {
    @Override
    public int type() {
        return StunAttributeType.EVEN_PORT;
    }

    static EvenPort decode(AttributeReader r) {
        r.requireLength(1);
        return new EvenPort((r.u8(0) & 0x80) != 0);
    }

    void encode(WireWriter w) {
        w.u8(reserveNextPort ? 0x80 : 0);
    }
}
