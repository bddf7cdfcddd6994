package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;

/**
 * REQUESTED-ADDRESS-FAMILY (RFC 8656 §18.10): the address family of the relayed address a TURN
 * client wants, 0x01 IPv4 or 0x02 IPv6, followed by 3 reserved bytes.
 *
 * @param family the family byte; other values decode too (a server answers them with 440)
 */
public record RequestedAddressFamily(int family) implements StunAttribute {
    /** Family code 0x01. */
    public static final int FAMILY_IPV4 = 0x01;
    /** Family code 0x02. */
    public static final int FAMILY_IPV6 = 0x02;
    /** Requests an IPv4 relayed address. */
    public static final RequestedAddressFamily IPV4 = new RequestedAddressFamily(FAMILY_IPV4);
    /** Requests an IPv6 relayed address. */
    public static final RequestedAddressFamily IPV6 = new RequestedAddressFamily(FAMILY_IPV6);

    public RequestedAddressFamily {
        if (family < 0 || family > 0xFF) {
            throw new IllegalArgumentException("REQUESTED-ADDRESS-FAMILY is one byte, got " + family);
        }
    }

    @Override
    public int type() {
        return StunAttributeType.REQUESTED_ADDRESS_FAMILY;
    }

    static RequestedAddressFamily decode(AttributeReader r) {
        r.requireLength(4);
        return new RequestedAddressFamily(r.u8(0));
    }

    void encode(WireWriter w) {
        w.u8(family);
        w.u8(0);
        w.u16(0);
    }
}
