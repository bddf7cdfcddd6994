package io.jrtc.stun;

import io.jrtc.stun.internal.AddressCodec;
import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;
import java.net.InetSocketAddress;

/**
 * ALTERNATE-SERVER (RFC 8489 §14.15): the server a 300 (Try Alternate) response redirects the
 * client to, in plain (not XOR-ed) form.
 *
 * @param address the transport address; must be resolved (an IP address)
 */
public record AlternateServer(InetSocketAddress address) implements AddressAttribute {
    public AlternateServer {
        AddressCodec.requireEncodable(address, "ALTERNATE-SERVER");
    }

    @Override
    public int type() {
        return StunAttributeType.ALTERNATE_SERVER;
    }

    static AlternateServer decode(AttributeReader r) {
        return new AlternateServer(AddressCodec.decode(r, false));
    }

    void encode(WireWriter w) {
        AddressCodec.encode(w, address, false);
    }
}
