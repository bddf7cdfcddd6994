package io.jrtc.dtls.internal;

import java.io.IOException;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.DTLSServerProtocol;
import org.bouncycastle.tls.DTLSTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs BC's blocking DTLS handshake on a virtual thread over a {@link DatagramPipe}. */
public final class HandshakeThread {
    private static final Logger LOG = LoggerFactory.getLogger(HandshakeThread.class);

    private final DatagramPipe pipe;
    private volatile DTLSTransport result;
    private volatile Throwable error;

    private HandshakeThread(DatagramPipe pipe) {
        this.pipe = pipe;
    }

    /**
     * Starts the handshake and returns at once, while BC sets up (and a client writes its
     * ClientHello) on its thread; {@link DatagramPipe#awaitStarted()} or the first delivery waits
     * for it later. Saves the caller a thread hand-off where nothing is due yet.
     */
    public static HandshakeThread begin(boolean client, PeerSettings settings, HandshakeOutcome outcome,
            DatagramPipe pipe) {
        HandshakeThread h = new HandshakeThread(pipe);
        // The X25519 key pair is made while BC waits for the peer's first flight, not inside the next one.
        pipe.whenFirstIdle(settings.crypto()::prepareEphemeral);
        Thread.ofVirtual().name(client ? "jrtc-dtls-client" : "jrtc-dtls-server").start(() -> h.run(client, settings, outcome));
        return h;
    }

    private void run(boolean client, PeerSettings settings, HandshakeOutcome outcome) {
        try {
            result = client
                    ? new DTLSClientProtocol().connect(new WebRtcTlsClient(settings, outcome), pipe)
                    : new DTLSServerProtocol().accept(new WebRtcTlsServer(settings, outcome), pipe);
        } catch (IOException | RuntimeException e) {
            LOG.debug("DTLS handshake ended: {}", e.toString());
            error = e;
        } finally {
            pipe.finish();
        }
    }

    /** The connected transport once the thread has finished successfully, else null. */
    public DTLSTransport result() {
        return result;
    }

    /** Why the handshake failed, or null. */
    public Throwable error() {
        return error;
    }
}
