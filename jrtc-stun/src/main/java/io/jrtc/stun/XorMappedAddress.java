package io.jrtc.stun;

import io.jrtc.stun.internal.AddressCodec;
import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;
import java.net.InetSocketAddress;

/**
 * XOR-MAPPED-ADDRESS (RFC 8489 §14.2): the client's reflexive transport address as the server saw
 * it, XOR-ed with the magic cookie (and, for IPv6, the transaction id) on the wire so that NAT
 * application-level gateways do not rewrite it.
 *
 * @param address the transport address; must be resolved (an IP address)
 */
public record XorMappedAddress(InetSocketAddress address) implements AddressAttribute {
    public XorMappedAddress {
        AddressCodec.requireEncodable(address, "XOR-MAPPED-ADDRESS");
    }

    @Override
    public int type() {
        return StunAttributeType.XOR_MAPPED_ADDRESS;
    }

    static XorMappedAddress decode(AttributeReader r) {
        return new XorMappedAddress(AddressCodec.decode(r, true));
    }

    void encode(WireWriter w) {
        AddressCodec.encode(w, address, true);
    }
}
