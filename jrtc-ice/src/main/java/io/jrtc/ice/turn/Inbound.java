package io.jrtc.ice.turn;

import io.jrtc.stun.ChannelData;
import io.jrtc.stun.Data;
import io.jrtc.stun.DatagramKind;
import io.jrtc.stun.StunClass;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMethod;
import io.jrtc.stun.StunParseException;
import io.jrtc.stun.XorPeerAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a {@link TurnClient} does with one message from the server: responses go to their
 * transaction (after the integrity check, RFC 8489 §9.2.5), Data indications and ChannelData
 * become {@link TurnEvent.PeerData} (RFC 8656 §11.4, §12.6), everything else is dropped and counted.
 */
final class Inbound {
    private static final Logger LOG = LoggerFactory.getLogger(Inbound.class);

    private Inbound() {}

    static void handle(TurnClient c, long now, byte[] m) {
        switch (DatagramKind.classify(m, 0, m.length)) {
            case STUN -> stun(c, now, m);
            case CHANNEL_DATA -> channelData(c, m);
            case OTHER -> drop(c, "neither STUN nor ChannelData", true);
        }
    }

    private static void stun(TurnClient c, long now, byte[] bytes) {
        StunMessage m;
        try {
            m = StunMessage.decode(bytes);
        } catch (StunParseException e) {
            drop(c, "malformed STUN: " + e.getMessage(), true);
            return;
        }
        switch (m.messageClass()) {
            case INDICATION -> indication(c, m);
            case REQUEST -> drop(c, "a request from the server", false);
            case SUCCESS_RESPONSE, ERROR_RESPONSE -> response(c, now, m);
        }
    }

    private static void response(TurnClient c, long now, StunMessage m) {
        Transaction t = c.transaction(m.transactionId());
        if (t == null || !t.method.equals(m.method())) {
            drop(c, "a response to no outstanding request", false);
            return;
        }
        if (t.signed && !c.auth().authentic(m)) {
            c.countDropped(false, true);
            LOG.debug("dropped a {} without valid MESSAGE-INTEGRITY", m.type());
            return;
        }
        c.completed(t);
        if (m.messageClass() == StunClass.SUCCESS_RESPONSE) {
            ResponseHandler.success(c, now, t, m);
        } else {
            ResponseHandler.error(c, now, t, m);
        }
    }

    private static void indication(TurnClient c, StunMessage m) {
        var peer = m.get(XorPeerAddress.class);
        var data = m.get(Data.class);
        if (!m.method().equals(StunMethod.DATA) || peer.isEmpty() || data.isEmpty()) {
            drop(c, "an indication that is not a complete Data indication", false);
            return;
        }
        c.emit(new TurnEvent.PeerData(peer.get().address(), data.get().toByteArray()));
    }

    private static void channelData(TurnClient c, byte[] bytes) {
        ChannelData cd;
        try {
            cd = ChannelData.decode(bytes, 0, bytes.length);
        } catch (StunParseException e) {
            drop(c, "malformed ChannelData: " + e.getMessage(), true);
            return;
        }
        PeerBindings.Channel ch = c.peers().channelNumbered(cd.channelNumber());
        if (ch == null || !ch.bound) {
            drop(c, "ChannelData on an unbound channel", false);
            return;
        }
        c.emit(new TurnEvent.PeerData(ch.peer, cd.data()));
    }

    private static void drop(TurnClient c, String why, boolean isMalformed) {
        c.countDropped(isMalformed, false);
        LOG.debug("dropped input from the TURN server: {}", why);
    }
}
