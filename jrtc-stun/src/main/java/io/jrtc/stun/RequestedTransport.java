package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;

/**
 * REQUESTED-TRANSPORT (RFC 8656 §18.7): the transport protocol, an IANA protocol number, for the
 * relayed address of a TURN allocation. The value is the protocol byte then 3 RFFU bytes.
 *
 * @param protocol the IP protocol number, 0-255 (17 for UDP)
 */
public record RequestedTransport(int protocol) implements StunAttribute {
    /** UDP (17), the only transport RFC 8656 defines for relaying. */
    public static final RequestedTransport UDP = new RequestedTransport(17);

    public RequestedTransport {
        if (protocol < 0 || protocol > 0xFF) {
            throw new IllegalArgumentException("REQUESTED-TRANSPORT protocol is one byte, got " + protocol);
        }
    }

    @Override
    public int type() {
        return StunAttributeType.REQUESTED_TRANSPORT;
    }

    // The 3 RFFU bytes "MUST be set to zero on transmission and MUST be ignored on reception".
    static RequestedTransport decode(AttributeReader r) {
        r.requireLength(4);
        return new RequestedTransport(r.u8(0));
    }

    void encode(WireWriter w) {
        w.u8(protocol);
        w.u8(0);
        w.u16(0);
    }
}
