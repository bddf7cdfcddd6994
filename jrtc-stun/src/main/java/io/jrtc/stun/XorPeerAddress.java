package io.jrtc.stun;

import io.jrtc.stun.internal.AddressCodec;
import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;
import java.net.InetSocketAddress;

/**
 * XOR-PEER-ADDRESS (RFC 8656 §18.3): the peer's address as seen from the TURN server, in
 * CreatePermission, ChannelBind, Send and Data; XOR-ed on the wire like XOR-MAPPED-ADDRESS.
 *
 * @param address the transport address; must be resolved (an IP address)
 */
public record XorPeerAddress(InetSocketAddress address) implements AddressAttribute {
    public XorPeerAddress {
        AddressCodec.requireEncodable(address, "XOR-PEER-ADDRESS");
    }

    @Override
    public int type() {
        return StunAttributeType.XOR_PEER_ADDRESS;
    }

    static XorPeerAddress decode(AttributeReader r) {
        return new XorPeerAddress(AddressCodec.decode(r, true));
    }

    void encode(WireWriter w) {
        AddressCodec.encode(w, address, true);
    }
}
