package io.jrtc.webrtc.internal.net;

import io.jrtc.ice.IceCredentials;
import io.jrtc.ice.IceDatagram;
import io.jrtc.ice.session.SessionTransmit;
import io.jrtc.webrtc.internal.engine.EngineEvent;
import io.jrtc.webrtc.internal.engine.TransportEngine;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One engine driven by the runtime: datagrams from its sockets, its timer and the application's
 * work all run on its serial context; after each, what the engine polls out is sent and its
 * events are handed to the listener, then the timer is re-armed.
 */
public final class EngineConnection {
    private static final Logger LOG = LoggerFactory.getLogger(EngineConnection.class);

    private final TransportEngine engine;
    private final SerialExecutor serial;
    private final ConnectionTimer timer;
    private final Map<InetSocketAddress, ? extends DatagramPort> sockets;
    private final NetClock clock;
    private final SocketOwner owner;
    private final EngineListener listener;
    private final AtomicLong unroutableSends = new AtomicLong();
    private final AtomicLong mdnsDropped = new AtomicLong();
    private final AtomicLong inputFailures = new AtomicLong();
    private final TurnStreams streams = new TurnStreams(new StreamSink());
    /** The runtime's shared mDNS socket (opened on first use), or null where mDNS is off. */
    private final java.util.function.Supplier<MdnsSocket> mdns;
    private volatile boolean released;
    private String ufrag;

    /** Whoever owns the sockets: told where the engine sends (single-port mode routes replies by it) and when the connection ends. */
    interface SocketOwner {
        /** The engine sends to a remote address (single-port mode learns it for routing). */
        void sending(EngineConnection c, InetSocketAddress remote);

        /** The engine's local ufrag changed (ICE restart): single-port mode routes the new one. */
        void credentialsChanged(EngineConnection c, IceCredentials local);

        void release(EngineConnection c);
    }

    /** On a serial context made beforehand ({@link NetRuntime#newSerialContext()}). */
    EngineConnection(TransportEngine engine, SerialExecutor serial, NetClock clock,
            Map<InetSocketAddress, ? extends DatagramPort> sockets, SocketOwner owner, EngineListener listener,
            java.util.function.Supplier<MdnsSocket> mdns) {
        this.mdns = mdns;
        this.engine = engine;
        this.serial = serial;
        this.clock = clock;
        this.timer = new ConnectionTimer(clock, () -> serial.execute(this::onTimer));
        this.sockets = sockets;
        this.owner = owner;
        this.listener = listener;
        this.ufrag = engine.localCredentials().ufrag();
        if (engine.config().pathMtuDiscovery()) {
            sockets.values().forEach(DatagramPort::dontFragment); // shared in single-port mode: harmless for others' small packets
        }
    }

    /** Runs work on the engine in the serial context, then sends and reports what it caused. */
    public void run(EngineTask task) {
        serial.execute(() -> {
            if (!released) {
                long now = clock.nanoTime();
                engine.advance(now);
                task.run(engine, now);
                flush();
            }
        });
    }

    /**
     * Runs work on the engine now, then sends and reports what it caused. Only from a task already
     * running on this connection's serial context (the peer connection's own work runs there).
     */
    public void runInContext(EngineTask task) {
        if (!released) {
            long now = clock.nanoTime();
            engine.advance(now);
            task.run(engine, now);
            flush();
        }
    }

    /** Whether the connection has been closed and its sockets released. */
    public boolean isReleased() {
        return released;
    }

    /** Like {@link #run} with a result. */
    public <T> CompletableFuture<T> call(BiFunction<TransportEngine, Long, T> task) {
        CompletableFuture<T> f = new CompletableFuture<>();
        serial.execute(() -> {
            try {
                long now = clock.nanoTime();
                engine.advance(now);
                f.complete(task.apply(engine, now));
                flush();
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    /** Closes the engine (SCTP ABORT and close_notify go out), stops the timer, releases the sockets. */
    public void close() {
        serial.execute(() -> {
            if (released) {
                return;
            }
            engine.close(clock.nanoTime());
            flush();
            timer.cancel();
            released = true;
            streams.closeAll();
            if (mdns instanceof ConnectionMdns own) {
                own.close(); // this connection's alone
            } else {
                MdnsSocket m = mdns == null ? null : mdns.get();
                if (m != null) {
                    m.release(this);
                }
            }
            owner.release(this);
        });
    }

    /** The bound local addresses (host candidate bases). */
    public java.util.Set<InetSocketAddress> localAddresses() {
        return sockets.keySet();
    }

    /** Datagrams the engine emitted from an address this connection has no socket for. */
    public long unroutableSends() {
        return unroutableSends.get();
    }

    /** mDNS messages the engine wanted sent while the runtime has mDNS off. */
    public long mdnsDropped() {
        return mdnsDropped.get();
    }

    /** How many TCP streams to TURN servers are open. */
    public int openTurnStreams() {
        return streams.size();
    }

    /** Whether this connection has mDNS (the runtime's, or its own). */
    boolean hasMdns() {
        return mdns != null;
    }

    /** Registers with the runtime's mDNS socket to answer for the engine's {@code .local} names; false if mDNS is off. */
    boolean listenMdns() {
        MdnsSocket m = mdns == null ? null : mdns.get();
        if (m != null) {
            m.listen(this);
        }
        return m != null;
    }

    /** An mDNS message from the runtime's shared socket: queued onto the serial context. */
    void deliverMdns(InetSocketAddress source, byte[] message) {
        serial.execute(() -> {
            if (!released) {
                guardInput(() -> engine.handleMdnsInput(clock.nanoTime(), source, message, 0, message.length));
                flush();
            }
        });
    }

    /**
     * Network input must never escape the engine (DESIGN.md, "Bad input and errors"). Should a core
     * throw anyway, the input is dropped, counted and logged at debug, and the caller still flushes,
     * so what the engine queued is sent and its timer re-armed.
     */
    private void guardInput(Runnable handler) {
        try {
            handler.run();
        } catch (RuntimeException e) {
            inputFailures.incrementAndGet();
            LOG.debug("the engine failed on network input; the input is dropped", e);
        }
    }

    /** Network input (datagrams, TURN stream bytes, mDNS messages) on which the engine threw and that was dropped. */
    public long inputFailures() {
        return inputFailures.get();
    }

    /** A TURN stream's reader reports onto the serial context. */
    private final class StreamSink implements TurnStreams.Sink {
        @Override
        public void connected(int stream) {
            onSerial(() -> engine.handleStreamConnected(clock.nanoTime(), stream));
        }

        @Override
        public void input(int stream, byte[] bytes) {
            onSerial(() -> guardInput(() -> engine.handleStreamInput(clock.nanoTime(), stream, bytes, 0, bytes.length)));
        }

        @Override
        public void closed(int stream, String reason) {
            onSerial(() -> engine.handleStreamClosed(clock.nanoTime(), stream, reason));
        }

        private void onSerial(Runnable r) {
            serial.execute(() -> {
                if (!released) {
                    r.run();
                    flush();
                }
            });
        }
    }

    /** Closes the sockets this connection owns. */
    void closeSockets() {
        sockets.values().forEach(DatagramPort::close);
    }

    /** A datagram from a reader thread: queued onto the serial context. */
    void deliver(InetSocketAddress local, InetSocketAddress remote, byte[] payload) {
        serial.execute(() -> {
            if (!released) {
                guardInput(() -> engine.handleInput(clock.nanoTime(), IceDatagram.udp(local, remote, payload)));
                flush();
            }
        });
    }

    private void onTimer() {
        timer.fired();
        if (!released) {
            engine.handleTimeout(clock.nanoTime());
            flush();
        }
    }

    private void transmit(SessionTransmit t) {
        switch (t) {
            case SessionTransmit.OpenStream o -> streams.open(o.stream(), o.server());
            case SessionTransmit.StreamData d -> streams.write(d.stream(), d.bytes());
            case SessionTransmit.CloseStream c -> streams.close(c.stream());
            case SessionTransmit.Mdns m -> {
                MdnsSocket socket = mdns == null ? null : mdns.get();
                if (socket == null) {
                    mdnsDropped.incrementAndGet();
                    LOG.trace("mDNS is off in this runtime: a message is dropped");
                } else {
                    socket.send(this, m.destination(), m.payload());
                }
            }
            case SessionTransmit.Udp u -> { } // the engine hands UDP out through pollTransmit
        }
    }

    /**
     * Deadlines already due when a flush ends that are fired on the spot rather than through the
     * timer thread, per flush: enough for the first ICE check, a triggered check and a
     * nomination in a row, and bounded so that an engine asking again and again cannot spin here.
     */
    private static final int DUE_NOW_LIMIT = 4;

    /**
     * Sends, reports, re-arms: until the listener's reactions have been sent too. A deadline that
     * has already come (the first ICE check once the pair list is non-empty, RFC 8445 §6.1.4.2; a
     * triggered check; a nomination) is fired here at once: through the timer thread it would
     * wait for two parked threads to wake (the timer's, then a pool thread), each a scheduling
     * delay that grows with the machine's load.
     */
    private void flush() {
        for (int due = 0; ; due++) {
            drain();
            long now = clock.nanoTime();
            if (due >= DUE_NOW_LIMIT || released || engine.pollTimeout() > now) {
                break;
            }
            engine.handleTimeout(now);
        }
        IceCredentials now = engine.localCredentials();
        if (!now.ufrag().equals(ufrag)) {
            ufrag = now.ufrag();
            owner.credentialsChanged(this, now);
        }
        timer.arm(engine.pollTimeout());
    }

    /** Sends and reports until the listener's reactions have been sent too. */
    private void drain() {
        boolean more = true;
        while (more) {
            more = false;
            for (IceDatagram d = engine.pollTransmit(); d != null; d = engine.pollTransmit()) {
                DatagramPort s = sockets.get(d.local());
                if (s == null) {
                    unroutableSends.incrementAndGet();
                    LOG.trace("no socket for {}", d.local());
                    continue;
                }
                owner.sending(this, d.remote());
                s.send(d.remote(), d.payload());
            }
            for (SessionTransmit t = engine.pollStreamTransmit(); t != null; t = engine.pollStreamTransmit()) {
                transmit(t);
            }
            for (EngineEvent e = engine.pollEvent(); e != null; e = engine.pollEvent()) {
                more = true;
                try {
                    listener.onEvent(this, e);
                } catch (RuntimeException ex) {
                    LOG.warn("an engine listener failed on {}", e.getClass().getSimpleName(), ex);
                }
            }
        }
    }
}
