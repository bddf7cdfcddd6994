package io.jrtc.webrtc.internal.engine;

import io.jrtc.dtls.DtlsConfig;
import io.jrtc.dtls.DtlsEvent;
import io.jrtc.dtls.DtlsRole;
import io.jrtc.dtls.DtlsState;
import io.jrtc.dtls.DtlsTransport;
import java.util.ArrayDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DTLS transport of the engine (RFC 8842): absent until the remote description gives the
 * role and fingerprints; the server starts listening then, the client starts its handshake once
 * ICE has a working pair. Maps DTLS failures to a {@link FailureCause}.
 */
final class DtlsLayer {
    private static final Logger LOG = LoggerFactory.getLogger(DtlsLayer.class);
    /** The alert FingerprintCheck raises when the peer's certificate matches no fingerprint. */
    private static final int BAD_CERTIFICATE = 42;

    /**
     * DTLS datagrams that arrived before the remote description made the transport: the peer's
     * ClientHello can overtake the answer. Replayed once configured, instead of costing the
     * client a one-second retransmission.
     */
    private static final int EARLY_LIMIT = 8;

    private final ArrayDeque<byte[]> early = new ArrayDeque<>();
    private DtlsTransport dtls;
    private boolean started;
    private long oversized;
    private long droppedEarly;

    /**
     * Creates the transport; a server starts at once (it only waits for a ClientHello), a client
     * prepares its ClientHello now so that it goes out the moment ICE works.
     */
    void configure(long now, DtlsConfig config) {
        if (dtls != null) {
            return; // DTLS keeps its role and keys across renegotiation (RFC 8842 §5.5)
        }
        dtls = new DtlsTransport(config);
        if (config.role() == DtlsRole.SERVER) {
            start(now);
        } else {
            dtls.prepare();
        }
        for (byte[] d = early.poll(); d != null; d = early.poll()) {
            dtls.handleInput(now, d);
        }
    }

    /** ICE works: a client begins its handshake. */
    void iceUsable(long now) {
        if (dtls != null && !started && dtls.role() == DtlsRole.CLIENT) {
            start(now);
        }
    }

    private void start(long now) {
        started = true;
        dtls.start(now);
    }

    DtlsState state() {
        return dtls == null ? DtlsState.NEW : dtls.state();
    }

    boolean connected() {
        return dtls != null && dtls.state() == DtlsState.CONNECTED;
    }

    boolean isClient() {
        return dtls != null && dtls.role() == DtlsRole.CLIENT;
    }

    DtlsTransport transport() {
        return dtls;
    }

    void handleInput(long now, byte[] datagram) {
        if (dtls != null) {
            dtls.handleInput(now, datagram);
        } else if (early.size() < EARLY_LIMIT) {
            early.add(datagram);
        } else {
            droppedEarly++;
        }
    }

    void handleTimeout(long now) {
        if (dtls != null) {
            dtls.handleTimeout(now);
        }
    }

    long pollTimeout() {
        return dtls == null ? Long.MAX_VALUE : dtls.pollTimeout();
    }

    byte[] pollTransmit() {
        return dtls == null ? null : dtls.pollTransmit();
    }

    DtlsEvent pollEvent() {
        return dtls == null ? null : dtls.pollEvent();
    }

    /** Sends one SCTP packet as one record (RFC 8261 §5); false if DTLS is not connected. */
    boolean send(byte[] packet) {
        if (!connected()) {
            return false;
        }
        try {
            dtls.send(packet);
            return true;
        } catch (IllegalArgumentException e) {
            oversized++; // SCTP packets are sized below the record limit; this would be a bug
            LOG.trace("SCTP packet of {} bytes does not fit a DTLS record: {}", packet.length, e.getMessage());
            return false;
        }
    }

    void close() {
        if (dtls != null) {
            dtls.close();
        }
    }

    /** Packets not sent because they did not fit a record, and early datagrams beyond the limit. */
    long dropped() {
        return oversized + droppedEarly;
    }

    /** The cause of a DTLS failure: our bad_certificate alert is the fingerprint check's verdict. */
    static FailureCause causeOf(DtlsEvent.Failed failed) {
        if (failed.alert() < 0) {
            return FailureCause.DTLS_TIMEOUT;
        }
        if (failed.alert() == BAD_CERTIFICATE && failed.reason().startsWith("sent")) {
            return FailureCause.FINGERPRINT_MISMATCH;
        }
        return FailureCause.DTLS_ALERT;
    }
}
