package io.jrtc.ice.turn;

import io.jrtc.stun.ChannelNumber;
import io.jrtc.stun.Lifetime;
import io.jrtc.stun.RequestedAddressFamily;
import io.jrtc.stun.RequestedTransport;
import io.jrtc.stun.StunClass;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMessageBuilder;
import io.jrtc.stun.StunMethod;
import io.jrtc.stun.XorPeerAddress;

/** Encodes the four TURN requests (RFC 8656 §7.1, §8, §9.1, §12.1) for a {@link Transaction.Request}. */
final class RequestFactory {
    private RequestFactory() {}

    /** The request, signed with the long-term credentials once the server has challenged us. */
    static StunMessage build(Transaction.Request r, LongTermAuth auth, boolean ipv6Relay) {
        StunMessageBuilder b = StunMessage.builder(r.method(), StunClass.REQUEST);
        int m = r.method().code();
        if (m == StunMethod.ALLOCATE.code()) {
            // §7.1: REQUESTED-TRANSPORT is mandatory; UDP is the only relayed transport we use.
            b.add(RequestedTransport.UDP).add(new Lifetime(r.lifetimeSeconds()));
            if (ipv6Relay) {
                b.add(RequestedAddressFamily.IPV6);
            }
        } else if (m == StunMethod.REFRESH.code()) {
            b.add(new Lifetime(r.lifetimeSeconds()));
        } else if (m == StunMethod.CREATE_PERMISSION.code()) {
            b.add(new XorPeerAddress(r.peer()));
        } else if (m == StunMethod.CHANNEL_BIND.code()) {
            b.add(new ChannelNumber(r.channel())).add(new XorPeerAddress(r.peer()));
        } else {
            throw new IllegalArgumentException("not a TURN request: " + r.method());
        }
        if (auth.ready()) {
            auth.sign(b);
        }
        return b.build();
    }
}
