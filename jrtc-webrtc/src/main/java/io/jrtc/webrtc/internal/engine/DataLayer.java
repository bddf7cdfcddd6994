package io.jrtc.webrtc.internal.engine;

import io.jrtc.sctp.SctpAssociation;
import io.jrtc.sctp.SctpConfig;
import io.jrtc.sctp.SctpState;
import io.jrtc.sctp.datachannel.DataChannel;
import io.jrtc.sctp.datachannel.DataChannelEvent;
import io.jrtc.sctp.datachannel.DataChannelInit;
import io.jrtc.sctp.datachannel.DataChannels;

/**
 * The SCTP association over DTLS (RFC 8261) and its data channels (RFC 8831). The channels
 * exist from the remote description on (the DTLS role decides even or odd stream ids, RFC 8832
 * §6); the association connects once DTLS is up. Both sides send INIT, as browsers do; SCTP
 * resolves the collision (RFC 9260 §5.2.4).
 */
final class DataLayer {
    private DataChannels channels;
    private boolean connecting;

    void configure(SctpConfig config, boolean dtlsClient, long maxBufferedAmount, int peerMaxMessageSize) {
        if (channels == null) {
            channels = new DataChannels(new SctpAssociation(config), dtlsClient, maxBufferedAmount, peerMaxMessageSize);
        }
    }

    boolean configured() {
        return channels != null;
    }

    /** DTLS is connected: start the association. */
    void dtlsConnected(long now) {
        if (channels != null && !connecting) {
            connecting = true;
            channels.association().connect(now);
        }
    }

    DataChannel create(long now, String label, DataChannelInit init) {
        if (channels == null) {
            throw new IllegalStateException("data channels need the remote description first: the DTLS role decides their stream ids");
        }
        return channels.createDataChannel(now, label, init);
    }

    /** A decrypted DTLS record: one SCTP packet. Never throws. */
    void handleInput(long now, byte[] packet) {
        if (channels != null && connecting) {
            channels.handleInput(now, packet);
        }
    }

    void handleTimeout(long now) {
        if (channels != null && connecting) {
            channels.handleTimeout(now);
        }
    }

    /**
     * Brings the association's clock to {@code now}, firing only what is due. Without it, data
     * sent after a quiet spell would be stamped with the time of the last input, and its
     * retransmission timer would expire at once.
     */
    void advance(long now) {
        if (channels != null && connecting) {
            channels.handleTimeout(now);
        }
    }

    /** ICE selected another pair: a PLPMTU found on the old path may not hold on the new one. */
    void pathChanged(long now) {
        if (channels != null && connecting) {
            channels.association().pathChanged(now);
        }
    }

    long pollTimeout() {
        return channels != null && connecting ? channels.pollTimeout() : Long.MAX_VALUE;
    }

    byte[] pollTransmit() {
        return channels != null && connecting ? channels.pollTransmit() : null;
    }

    DataChannelEvent pollEvent() {
        return channels == null ? null : channels.pollEvent();
    }

    /** Ends the association with ABORT, as browsers do on close (RFC 9260 §9.1). */
    void abort(String reason) {
        if (channels != null && connecting) {
            channels.association().abort(reason);
        }
    }

    SctpState state() {
        return channels == null ? SctpState.CLOSED : channels.association().state();
    }

    DataChannels channels() {
        return channels;
    }
}
