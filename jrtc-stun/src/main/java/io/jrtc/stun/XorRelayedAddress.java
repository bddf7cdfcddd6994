package io.jrtc.stun;

import io.jrtc.stun.internal.AddressCodec;
import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;
import java.net.InetSocketAddress;

/**
 * XOR-RELAYED-ADDRESS (RFC 8656 §18.5): the relayed transport address the TURN server allocated,
 * in Allocate success responses; XOR-ed on the wire like XOR-MAPPED-ADDRESS.
 *
 * @param address the transport address; must be resolved (an IP address)
 */
public record XorRelayedAddress(InetSocketAddress address) implements AddressAttribute {
    public XorRelayedAddress {
        AddressCodec.requireEncodable(address, "XOR-RELAYED-ADDRESS");
    }

    @Override
    public int type() {
        return StunAttributeType.XOR_RELAYED_ADDRESS;
    }

    static XorRelayedAddress decode(AttributeReader r) {
        return new XorRelayedAddress(AddressCodec.decode(r, true));
    }

    void encode(WireWriter w) {
        AddressCodec.encode(w, address, true);
    }
}
