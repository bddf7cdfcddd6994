package io.jrtc.ice;

import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMessageType;
import io.jrtc.stun.XorMappedAddress;
import io.jrtc.testkit.Datagram;
import io.jrtc.testkit.Endpoint;
import java.util.ArrayDeque;

/** A minimal STUN server (RFC 8489 Binding) for simulations: answers with the source it saw. */
public final class StunServer implements Endpoint {
    private final ArrayDeque<Datagram> out = new ArrayDeque<>();
    public int requests;

    @Override
    public void handleInput(long nowNanos, Datagram d) {
        byte[] b = d.payload();
        StunMessage m = StunMessage.decode(b);
        if (m.type().equals(StunMessageType.BINDING_REQUEST)) {
            requests++;
            out.add(d.reply(StunMessage.builder(StunMessageType.BINDING_SUCCESS).transactionId(m.transactionId())
                    .add(new XorMappedAddress(d.source())).fingerprint().build().encode()));
        }
    }

    @Override
    public void handleTimeout(long nowNanos) {}

    @Override
    public Datagram pollTransmit() {
        return out.poll();
    }

    @Override
    public long pollTimeout() {
        return NEVER;
    }
}
