package io.jrtc.webrtc.internal.net;

import io.jrtc.ice.IceDatagram;
import io.jrtc.webrtc.internal.engine.EngineEvent;
import io.jrtc.webrtc.internal.engine.TransportEngine;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
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
    private final Executor serial;
    private final ConnectionTimer timer;
    private final Map<InetSocketAddress, UdpSocket> sockets;
    private final SocketOwner owner;
    private final EngineListener listener;
    private final AtomicLong unroutableSends = new AtomicLong();
    private volatile boolean released;
    private String ufrag;

    /** Whoever owns the sockets: told where the engine sends (single-port mode routes replies by it) and when the connection ends. */
    interface SocketOwner {
        /** The engine sends to a remote address (single-port mode learns it for routing). */
        void sending(EngineConnection c, InetSocketAddress remote);

        /** The engine's local ufrag changed (ICE restart): single-port mode routes the new one. */
        void ufragChanged(EngineConnection c, String ufrag);

        void release(EngineConnection c);
    }

    EngineConnection(TransportEngine engine, Executor pool, ScheduledExecutorService scheduler,
            Map<InetSocketAddress, UdpSocket> sockets, SocketOwner owner, EngineListener listener) {
        this(engine, new SerialExecutor(pool), scheduler, sockets, owner, listener);
    }

    /** On a serial context made beforehand ({@link NetRuntime#newSerialContext()}). */
    EngineConnection(TransportEngine engine, SerialExecutor serial, ScheduledExecutorService scheduler,
            Map<InetSocketAddress, UdpSocket> sockets, SocketOwner owner, EngineListener listener) {
        this.engine = engine;
        this.serial = serial;
        this.timer = new ConnectionTimer(scheduler, () -> serial.execute(this::onTimer));
        this.sockets = sockets;
        this.owner = owner;
        this.listener = listener;
        this.ufrag = engine.localCredentials().ufrag();
    }

    /** Runs work on the engine in the serial context, then sends and reports what it caused. */
    public void run(EngineTask task) {
        serial.execute(() -> {
            if (!released) {
                long now = NanoClock.now();
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
            long now = NanoClock.now();
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
                long now = NanoClock.now();
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
            engine.close(NanoClock.now());
            flush();
            timer.cancel();
            released = true;
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

    /** Closes the sockets this connection owns. */
    void closeSockets() {
        sockets.values().forEach(UdpSocket::close);
    }

    /** A datagram from a reader thread: queued onto the serial context. */
    void deliver(InetSocketAddress local, InetSocketAddress remote, byte[] payload) {
        serial.execute(() -> {
            if (!released) {
                engine.handleInput(NanoClock.now(), IceDatagram.udp(local, remote, payload));
                flush();
            }
        });
    }

    private void onTimer() {
        timer.fired();
        if (!released) {
            engine.handleTimeout(NanoClock.now());
            flush();
        }
    }

    /** Sends, reports, re-arms: until the listener's reactions have been sent too. */
    private void flush() {
        boolean more = true;
        while (more) {
            more = false;
            for (IceDatagram d = engine.pollTransmit(); d != null; d = engine.pollTransmit()) {
                UdpSocket s = sockets.get(d.local());
                if (s == null) {
                    unroutableSends.incrementAndGet();
                    LOG.trace("no socket for {}", d.local());
                    continue;
                }
                owner.sending(this, d.remote());
                s.send(d.remote(), d.payload());
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
        String now = engine.localCredentials().ufrag();
        if (!now.equals(ufrag)) {
            ufrag = now;
            owner.ufragChanged(this, now);
        }
        timer.arm(engine.pollTimeout());
    }
}
