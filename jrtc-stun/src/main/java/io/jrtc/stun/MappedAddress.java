package io.jrtc.stun;

import io.jrtc.stun.internal.AddressCodec;
import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;
import java.net.InetSocketAddress;

/**
 * MAPPED-ADDRESS (RFC 8489 §14.1): the reflexive transport address in plain form, sent only for
 * RFC 3489 clients; XOR-MAPPED-ADDRESS replaced it because some NATs rewrite addresses they find
 * in payloads.
 *
 * @param address the transport address; must be resolved (an IP address)
 */
public record MappedAddress(InetSocketAddress address) implements AddressAttribute {
    public MappedAddress {
        AddressCodec.requireEncodable(address, "MAPPED-ADDRESS");
    }

    @Override
    public int type() {
        return StunAttributeType.MAPPED_ADDRESS;
    }

    static MappedAddress decode(AttributeReader r) {
        return new MappedAddress(AddressCodec.decode(r, false));
    }

    void encode(WireWriter w) {
        AddressCodec.encode(w, address, false);
    }
}
