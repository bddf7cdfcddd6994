package io.jrtc.dtls;

import io.jrtc.dtls.internal.DatagramPipe;
import io.jrtc.dtls.internal.HandshakeOutcome;
import io.jrtc.dtls.internal.HandshakeThread;
import io.jrtc.dtls.internal.PeerSettings;
import io.jrtc.dtls.internal.RecordScreen;
import io.jrtc.dtls.internal.WebRtcCrypto;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.DTLSTransport;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsFatalAlertReceived;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A DTLS 1.2 endpoint for WebRTC behind the sans-IO contract of DESIGN.md: bytes and time go in
 * through {@link #handleInput} and {@link #handleTimeout}; datagrams, the next wake-up and events
 * come out through {@link #pollTransmit}, {@link #pollTimeout} and {@link #pollEvent}.
 *
 * <p>Bouncy Castle's handshake blocks, so it runs on a virtual thread; every call that can make
 * it send waits until that thread is blocked again, which keeps the outputs a function of the
 * inputs and lets a virtual clock drive retransmissions ({@link #prepare} and a server's
 * {@link #start} only let it set up, and send nothing). After the handshake, records are
 * decrypted and encrypted on the caller's thread. Not thread-safe: one caller at a time, like
 * every core.
 *
 * <p>Input never throws: a datagram that is not DTLS is dropped and counted
 * ({@link #stats()}); a record BC rejects is discarded by BC (RFC 6347 §4.1.2.7).
 */
public final class DtlsTransport {
    private static final Logger LOG = LoggerFactory.getLogger(DtlsTransport.class);
    private static final int RECORD_HEADER = 13;

    private final DtlsConfig config;
    private final DatagramPipe pipe;
    private final HandshakeOutcome outcome = new HandshakeOutcome();
    private final ArrayDeque<DtlsEvent> events = new ArrayDeque<>();
    private DtlsState state = DtlsState.NEW;
    private HandshakeThread handshake;
    private boolean started;
    private DTLSTransport records;
    /**
     * Where BC decrypts a record before it is copied out: one per thread, not per connection, as it
     * holds nothing between records (18 KB per idle connection otherwise). A core is driven by
     * one thread at a time, and nothing re-enters it while a record is read.
     */
    private static final ThreadLocal<byte[]> READ_BUFFER =
            ThreadLocal.withInitial(() -> new byte[DatagramPipe.RECEIVE_LIMIT]);
    private byte[] readBuffer;
    private SrtpKeyingMaterial keys;
    private long handshakeDeadline = Long.MAX_VALUE;
    private long retransmitDeadline = Long.MAX_VALUE;
    private long rtoNanos;
    private long sendsSeen;
    private boolean closing;
    private long received;
    private long sent;
    private long dropped;
    private long timeouts;
    private long applicationRecords;

    /** A transport in state {@link DtlsState#NEW}; call {@link #start} to begin the handshake. */
    public DtlsTransport(DtlsConfig config) {
        this.config = config;
        this.pipe = new DatagramPipe(config.mtu());
        this.rtoNanos = config.initialRetransmitTimeout().toNanos();
    }

    /**
     * Lets Bouncy Castle set up ahead of {@link #start}, on its own thread, while the caller goes
     * on: a client writes its ClientHello now (WebRTC knows its role and keys long before ICE
     * works), so that {@code start} finds the first flight ready instead of waiting for a thread
     * to start and build it; then, while it waits for the peer, it makes this handshake's
     * ephemeral X25519 key pair, so that key generation is not inside a later flight (a server
     * started early does the same before the ClientHello arrives). Nothing is sent, no timer runs and the state stays
     * {@link DtlsState#NEW} until {@code start}. Optional; a second call, or a call after
     * {@code start} or {@link #close}, does nothing.
     */
    public void prepare() {
        if (state != DtlsState.NEW || handshake != null) {
            return;
        }
        handshake = HandshakeThread.begin(config.role() == DtlsRole.CLIENT, settings(), outcome, pipe);
    }

    /**
     * Begins the handshake: a client sends its ClientHello, a server waits for one. A client
     * returns once its ClientHello is ready to poll; a server returns at once, since it sends
     * nothing before a ClientHello arrives (the first {@link #handleInput} waits for it).
     */
    public void start(long nowNanos) {
        if (state != DtlsState.NEW) {
            throw new IllegalStateException("start() called in state " + state);
        }
        setState(DtlsState.CONNECTING);
        started = true;
        handshakeDeadline = nowNanos + config.handshakeTimeout().toNanos();
        boolean client = config.role() == DtlsRole.CLIENT;
        if (handshake == null) {
            handshake = HandshakeThread.begin(client, settings(), outcome, pipe);
        }
        if (client) {
            pipe.awaitStarted();
        }
        afterHandshakeStep(nowNanos, false);
    }

    private PeerSettings settings() {
        return new PeerSettings(WebRtcCrypto.create(),
                config.certificate().handshakeKey(), config.certificate().derEncoded(), config.certificate().x509(),
                config.certificate().algorithm() == CertificateAlgorithm.ECDSA_P256,
                config.remoteFingerprints(), config.srtpProfiles(), config.engineResendMillis(), config.clock());
    }

    /** A datagram from the peer (already demultiplexed as DTLS, RFC 7983). Never throws. */
    public void handleInput(long nowNanos, byte[] datagram) {
        received++;
        if (datagram == null || datagram.length < RECORD_HEADER
                || (datagram[0] & 0xFF) < 20 || (datagram[0] & 0xFF) > 63) {
            drop("not a DTLS record");
            return;
        }
        if (state != DtlsState.CONNECTING && state != DtlsState.CONNECTED) {
            drop("transport is " + state);
            return;
        }
        // Connected, BC reads the datagram before this call returns, so the caller's array can be
        // queued as it is; during the handshake a datagram may outlive the call, so it is copied.
        byte[] own = state == DtlsState.CONNECTED ? datagram : datagram.clone();
        byte[] screened = RecordScreen.screen(own, RecordScreen.minimumCiphertext(outcome.cipherSuite()));
        if (screened == null) {
            drop("only records too short to be valid ciphertext");
            return;
        }
        pipe.deliver(screened);
        if (state == DtlsState.CONNECTING) {
            afterHandshakeStep(nowNanos, false);
        } else {
            readRecords();
        }
    }

    /** The time from {@link #pollTimeout()} has come: retransmit a flight or give up. */
    public void handleTimeout(long nowNanos) {
        if (state != DtlsState.CONNECTING) {
            return;
        }
        if (pipe.finished()) {
            afterHandshakeStep(nowNanos, false); // a server's thread that ended before any input (a setup error)
            return;
        }
        if (nowNanos >= handshakeDeadline) {
            pipe.abort();
            finishHandshake(nowNanos, "handshake timed out after " + config.handshakeTimeout());
            return;
        }
        if (nowNanos >= retransmitDeadline) {
            timeouts++;
            LOG.debug("DTLS flight timed out after {} ms; retransmitting", rtoNanos / 1_000_000);
            pipe.declareTimeout();
            afterHandshakeStep(nowNanos, true);
        }
    }

    /** The next datagram to send, or null (always null before {@link #start}). */
    public byte[] pollTransmit() {
        if (!started) {
            return null; // a prepared ClientHello waits for start, and is never sent if closed first
        }
        byte[] d = pipe.pollOutbound();
        if (d != null) {
            sent++;
        }
        return d;
    }

    /** When {@link #handleTimeout} is next wanted, or {@link Long#MAX_VALUE} for never. */
    public long pollTimeout() {
        return state == DtlsState.CONNECTING ? Math.min(retransmitDeadline, handshakeDeadline) : Long.MAX_VALUE;
    }

    /** The next event, or null. */
    public DtlsEvent pollEvent() {
        return events.poll();
    }

    /**
     * Encrypts application data into one record for {@link #pollTransmit()}.
     *
     * @throws IllegalStateException unless {@link DtlsState#CONNECTED}
     * @throws IllegalArgumentException if it does not fit one record within the MTU
     */
    public void send(byte[] data) {
        if (state != DtlsState.CONNECTED) {
            throw new IllegalStateException("cannot send application data in state " + state);
        }
        try {
            int limit = records.getSendLimit();
            if (data.length > limit) {
                throw new IllegalArgumentException(data.length + " bytes exceed one record's limit of " + limit);
            }
            records.send(data, 0, data.length);
        } catch (IOException e) {
            fail(describe(e), alertOf(e));
        }
    }

    /** Sends close_notify (RFC 5246 §7.2.1) if connected, and moves to {@link DtlsState#CLOSED}. */
    public void close() {
        switch (state) {
            case CONNECTED -> {
                try {
                    records.close();
                } catch (IOException e) {
                    LOG.debug("close_notify not sent: {}", e.toString());
                }
                setState(DtlsState.CLOSED);
            }
            case CONNECTING -> {
                closing = true;
                pipe.abort();
                setState(DtlsState.CLOSED);
            }
            case NEW -> {
                if (handshake != null) {
                    closing = true;
                    pipe.abort(); // the prepared thread ends
                }
                setState(DtlsState.CLOSED);
            }
            default -> { }
        }
    }

    /** The current state. */
    public DtlsState state() {
        return state;
    }

    /** The negotiated SRTP profile and keys once connected, or null. */
    public SrtpKeyingMaterial srtpKeyingMaterial() {
        return keys;
    }

    /** The counters. */
    public DtlsStats stats() {
        return new DtlsStats(received, sent, dropped, timeouts, applicationRecords);
    }

    /** Our role. */
    public DtlsRole role() {
        return config.role();
    }

    /**
     * Arms the retransmission timer after BC moved: a new flight restarts it at the initial
     * timeout, a timeout doubles it up to the ceiling (RFC 6347 §4.2.4.1); receiving without
     * sending leaves it alone.
     */
    private void afterHandshakeStep(long nowNanos, boolean timedOut) {
        if (pipe.finished()) {
            finishHandshake(nowNanos, null);
            return;
        }
        long sends = pipe.sends();
        if (timedOut) {
            rtoNanos = Math.min(rtoNanos * 2, config.maxRetransmitTimeout().toNanos());
            retransmitDeadline = nowNanos + rtoNanos;
        } else if (sends != sendsSeen) {
            rtoNanos = config.initialRetransmitTimeout().toNanos();
            retransmitDeadline = nowNanos + rtoNanos;
        }
        sendsSeen = sends;
    }

    private void finishHandshake(long nowNanos, String timeoutReason) {
        retransmitDeadline = Long.MAX_VALUE;
        DTLSTransport result = handshake.result();
        if (closing) {
            return;
        }
        if (result != null && timeoutReason == null) {
            connected(result);
        } else if (pipe.closed() && outcome.lastAlert() == null && timeoutReason == null) {
            setState(DtlsState.CLOSED);
        } else {
            String reason = timeoutReason != null ? timeoutReason
                    : outcome.lastAlert() != null ? outcome.lastAlert() : describe(handshake.error());
            if (outcome.verifyFailure() != null && timeoutReason == null) {
                reason = reason + " (" + outcome.verifyFailure() + ")";
            }
            fail(reason, timeoutReason != null ? -1 : outcome.lastAlertCode());
        }
    }

    private void connected(DTLSTransport result) {
        records = result;
        keys = outcome.keys();
        pipe.switchToDirect();
        setState(DtlsState.CONNECTED);
        events.add(new DtlsEvent.Connected(keys));
        readPending();
    }

    /**
     * Reads every record of the queued datagram on this thread; BC never blocks in direct mode
     * (an empty queue ends its read with an exception that it passes through).
     */
    private void readRecords() {
        try {
            while (!pipe.inboundEmpty()) {
                readBuffer = READ_BUFFER.get();
                int n = records.receive(readBuffer, 0, readBuffer.length, 1);
                deliverApplicationData(n);
            }
            readPending();
        } catch (InterruptedIOException empty) {
            readPending();
        } catch (IOException | RuntimeException e) {
            LOG.debug("DTLS record processing failed", e);
            fail(describe(e), alertOf(e));
            return;
        }
        if (pipe.closed() && state == DtlsState.CONNECTED) {
            setState(DtlsState.CLOSED); // the peer's close_notify; BC answered with ours (RFC 5246 §7.2.1)
        }
    }

    /** Records left over from a datagram that held several. */
    private void readPending() {
        try {
            int n;
            readBuffer = READ_BUFFER.get();
            while ((n = records.receivePending(readBuffer, 0, readBuffer.length)) >= 0) {
                deliverApplicationData(n);
            }
        } catch (IOException | RuntimeException e) {
            fail(describe(e), alertOf(e));
        }
    }

    private void deliverApplicationData(int n) {
        if (n >= 0 && state == DtlsState.CONNECTED) {
            applicationRecords++;
            events.add(new DtlsEvent.ApplicationData(java.util.Arrays.copyOf(readBuffer, n)));
        }
    }

    private void fail(String reason, int alert) {
        if (state == DtlsState.FAILED || state == DtlsState.CLOSED) {
            return;
        }
        LOG.debug("DTLS transport failed: {}", reason);
        setState(DtlsState.FAILED);
        events.add(new DtlsEvent.Failed(reason, alert));
    }

    private void drop(String why) {
        dropped++;
        LOG.trace("dropped a datagram: {}", why);
    }

    private void setState(DtlsState next) {
        if (state != next) {
            state = next;
            events.add(new DtlsEvent.StateChanged(next));
        }
    }

    private static int alertOf(Throwable e) {
        if (e instanceof TlsFatalAlertReceived r) {
            return r.getAlertDescription();
        }
        return e instanceof TlsFatalAlert a ? a.getAlertDescription() : -1;
    }

    private static String describe(Throwable e) {
        if (e instanceof TlsFatalAlertReceived r) {
            return "received fatal alert " + AlertDescription.getText(r.getAlertDescription());
        }
        if (e instanceof TlsFatalAlert a) {
            return "sent fatal alert " + AlertDescription.getText(a.getAlertDescription())
                    + (a.getMessage() == null ? "" : ": " + a.getMessage());
        }
        return e == null ? "handshake failed" : e.toString();
    }
}
