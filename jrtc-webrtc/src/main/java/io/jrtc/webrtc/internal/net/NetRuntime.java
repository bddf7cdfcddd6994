package io.jrtc.webrtc.internal.net;

import io.jrtc.ice.HostCandidatePolicy;
import io.jrtc.webrtc.internal.engine.EngineConfig;
import io.jrtc.webrtc.internal.engine.TransportEngine;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads every connection shares: a work pool for the serial contexts and one scheduler
 * thread for the timers. Sockets are per connection (one per host address) or shared
 * ({@link SinglePort}); each socket has one reader (a virtual thread). No thread per connection
 * or per packet.
 */
public final class NetRuntime implements AutoCloseable {
    private final ExecutorService pool;
    private final ScheduledThreadPoolExecutor scheduler;

    private NetRuntime(int parallelism) {
        this.pool = new ForkJoinPool(parallelism, ForkJoinPool.defaultForkJoinWorkerThreadFactory, null, true);
        this.scheduler = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "jrtc-timers");
            t.setDaemon(true);
            return t;
        });
        scheduler.setRemoveOnCancelPolicy(true);
    }

    /**
     * A runtime whose pool has {@code parallelism} threads: that many connections can be busy (or
     * blocked in a slow callback) at once before others wait.
     */
    public static NetRuntime create(int parallelism) {
        return new NetRuntime(parallelism);
    }

    /** A runtime with a pool of twice the processors, at least four threads. */
    public static NetRuntime create() {
        return create(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    }

    /**
     * A connection with its own sockets, one per host address the policy selects; each address
     * becomes a host candidate. Call {@code run((e, now) -> e.start(now))} to start gathering.
     */
    public EngineConnection connect(EngineConfig config, HostCandidatePolicy policy, EngineListener listener)
            throws IOException {
        return connect(config, policy, listener, newSerialContext());
    }

    /**
     * A serial context on the shared pool, for work that starts before its connection exists (a
     * peer connection negotiates before it binds sockets); pass it to
     * {@link #connect(EngineConfig, HostCandidatePolicy, EngineListener, Executor)}.
     */
    public Executor newSerialContext() {
        return new SerialExecutor(pool);
    }

    /** Like {@link #connect(EngineConfig, HostCandidatePolicy, EngineListener)} on a serial context made beforehand. */
    public EngineConnection connect(EngineConfig config, HostCandidatePolicy policy, EngineListener listener,
            Executor serial) throws IOException {
        if (!(serial instanceof SerialExecutor context)) {
            throw new IllegalArgumentException("the serial context must come from newSerialContext()");
        }
        List<UdpSocket> bound = HostSockets.bind(policy);
        Map<InetSocketAddress, UdpSocket> sockets = new LinkedHashMap<>();
        bound.forEach(s -> sockets.put(s.local(), s));
        TransportEngine engine = new TransportEngine(config);
        bound.forEach(s -> engine.addHostAddress(s.local()));
        EngineConnection c = new EngineConnection(engine, context, scheduler, Map.copyOf(sockets), OWN, listener);
        bound.forEach(s -> s.start((socket, remote, payload) -> c.deliver(socket.local(), remote, payload)));
        return c;
    }

    /** Opens a socket for single-port mode on this address (port 0: any). */
    public SinglePort openSinglePort(InetSocketAddress address) throws IOException {
        return new SinglePort(UdpSocket.bind(address));
    }

    /** A connection on a shared socket: routed by its ICE ufrag, then by remote address. */
    public EngineConnection connect(EngineConfig config, SinglePort port, EngineListener listener) {
        TransportEngine engine = new TransportEngine(config);
        engine.addHostAddress(port.local());
        EngineConnection c = new EngineConnection(engine, pool, scheduler, Map.of(port.local(), port.socket()), port,
                listener);
        port.register(engine.localCredentials().ufrag(), c);
        return c;
    }

    /** Stops the shared threads (connections should be closed first). */
    @Override
    public void close() {
        scheduler.shutdownNow();
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final EngineConnection.SocketOwner OWN = new EngineConnection.SocketOwner() {
        @Override
        public void sending(EngineConnection c, InetSocketAddress remote) {
        }

        @Override
        public void ufragChanged(EngineConnection c, String ufrag) {
        }

        @Override
        public void release(EngineConnection c) {
            c.closeSockets();
        }
    };
}
