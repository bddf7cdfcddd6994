package io.jrtc.webrtc.sim;

import io.jrtc.stun.StunClass;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMethod;
import io.jrtc.stun.StunParseException;
import io.jrtc.stun.XorMappedAddress;
import io.jrtc.testkit.Datagram;
import io.jrtc.testkit.Endpoint;
import java.util.ArrayDeque;

/** A STUN server for simulations: answers every Binding request with the source it came from (RFC 8489 §6.3.1). */
final class StunBindingServer implements Endpoint {
    private final ArrayDeque<Datagram> out = new ArrayDeque<>();
    long answered;

    @Override
    public void handleInput(long nowNanos, Datagram d) {
        StunMessage m;
        try {
            m = StunMessage.decode(d.payload());
        } catch (StunParseException e) {
            return; // not STUN: a server ignores it
        }
        if (m.messageClass() == StunClass.REQUEST && m.method().equals(StunMethod.BINDING)) {
            answered++;
            out.add(d.reply(StunMessage.builder(StunMethod.BINDING, StunClass.SUCCESS_RESPONSE)
                    .transactionId(m.transactionId()).add(new XorMappedAddress(d.source())).build().encode()));
        }
    }

    @Override
    public void handleTimeout(long nowNanos) {
    }

    @Override
    public Datagram pollTransmit() {
        return out.poll();
    }

    @Override
    public long pollTimeout() {
        return NEVER;
    }
}
