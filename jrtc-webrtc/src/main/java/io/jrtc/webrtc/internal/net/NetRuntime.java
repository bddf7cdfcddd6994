package io.jrtc.webrtc.internal.net;

import io.jrtc.ice.HostCandidatePolicy;
import io.jrtc.ice.IceCredentials;
import io.jrtc.ice.session.TurnServer;
import io.jrtc.ice.turn.TurnServerUrl;
import io.jrtc.webrtc.internal.engine.EngineConfig;
import io.jrtc.webrtc.internal.engine.SessionIceLayer;
import io.jrtc.webrtc.internal.engine.TransportEngine;
import io.jrtc.webrtc.internal.engine.TurnServerConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads every connection shares: a work pool for the serial contexts and one scheduler
 * thread for the timers. Sockets are per connection (one per host address) or shared
 * ({@link SinglePort}); each socket has one reader (a virtual thread), and so has each TCP
 * connection to a TURN server that an ICE session asks for and the one mDNS socket of the runtime
 * ({@link #enableMdns}). No thread per connection or per packet.
 */
public final class NetRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NetRuntime.class);
    private final ExecutorService pool;
    private final ScheduledThreadPoolExecutor scheduler;
    /** The interfaces mDNS uses, or null while mDNS is off. */
    private volatile HostCandidatePolicy mdnsPolicy;
    private MdnsSocket mdnsSocket;
    private boolean mdnsFailed;

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
     * Turns on multicast DNS for the connections made from now on: remote {@code .local}
     * candidates are resolved (and our own names answered) through one socket on port 5353 that
     * joins 224.0.0.251 on the interfaces {@code policy} selects, opened at the first message.
     * Off by default; tests turn it on only inside network namespaces they made.
     */
    public NetRuntime enableMdns(HostCandidatePolicy policy) {
        this.mdnsPolicy = java.util.Objects.requireNonNull(policy, "policy");
        return this;
    }

    /** The shared mDNS socket, opened on first use; null if mDNS is off or the socket cannot be opened. */
    private synchronized MdnsSocket mdns() {
        if (mdnsSocket == null && !mdnsFailed && mdnsPolicy != null) {
            try {
                mdnsSocket = MdnsSocket.open(mdnsPolicy);
            } catch (IOException e) {
                mdnsFailed = true; // once: every later message would fail the same way
                LOG.warn("mDNS is unavailable, .local candidates will not resolve: {}", e.getMessage());
            }
        }
        return mdnsSocket;
    }

    private java.util.function.Supplier<MdnsSocket> mdnsSupplier() {
        return mdnsPolicy == null ? null : this::mdns;
    }

    /**
     * The engine for a configuration, its TURN server host names resolved here (a blocking DNS
     * lookup for names; IP literals need none). A name that does not resolve is reported by the
     * engine as a candidate error (701) when gathering starts.
     */
    static TransportEngine engine(EngineConfig config) {
        if (config.turnServers().isEmpty()) {
            return new TransportEngine(config);
        }
        Map<String, TurnServer> resolved = new java.util.HashMap<>();
        for (TurnServerConfig t : config.turnServers()) {
            String host = TurnServerUrl.parse(t.url()).host();
            try {
                InetAddress address = InetAddress.getByName(host);
                resolved.put(t.url(), TurnServer.resolved(t.url(), address, t.username(), t.credential()));
            } catch (UnknownHostException e) {
                LOG.debug("TURN server host {} did not resolve", host);
            }
        }
        return new TransportEngine(config, new SessionIceLayer(config, resolved));
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
        TransportEngine engine;
        try {
            engine = engine(config);
        } catch (RuntimeException e) {
            bound.forEach(UdpSocket::close);
            throw e;
        }
        bound.forEach(s -> engine.addHostAddress(s.local()));
        EngineConnection c = new EngineConnection(engine, context, scheduler, Map.copyOf(sockets), OWN, listener,
                mdnsSupplier());
        bound.forEach(s -> s.start((socket, remote, payload) -> c.deliver(socket.local(), remote, payload)));
        answerMdns(config, c);
        return c;
    }

    /** Opens a socket for single-port mode on this address (port 0: any). */
    public SinglePort openSinglePort(InetSocketAddress address) throws IOException {
        return new SinglePort(UdpSocket.bind(address));
    }

    /**
     * A connection on a shared socket: routed by its ICE ufrag, then by remote address. TURN over
     * UDP does not fit this mode: every connection would reach a server from the same 5-tuple,
     * which the server takes for one client with one allocation (RFC 8656 §2.2); give connections
     * on a shared port TURN over TCP or TLS, or none (servers with public addresses need none).
     */
    public EngineConnection connect(EngineConfig config, SinglePort port, EngineListener listener) {
        return connect(config, port, listener, newSerialContext());
    }

    /** Like {@link #connect(EngineConfig, SinglePort, EngineListener)} on a serial context made beforehand. */
    public EngineConnection connect(EngineConfig config, SinglePort port, EngineListener listener, Executor serial) {
        if (!(serial instanceof SerialExecutor context)) {
            throw new IllegalArgumentException("the serial context must come from newSerialContext()");
        }
        TransportEngine engine = engine(config);
        engine.addHostAddress(port.local());
        EngineConnection c = new EngineConnection(engine, context, scheduler, Map.of(port.local(), port.socket()), port,
                listener, mdnsSupplier());
        port.register(engine.localCredentials(), c);
        answerMdns(config, c);
        return c;
    }

    // A connection that hands out .local names must hear the queries for them before it ever sends.
    private void answerMdns(EngineConfig config, EngineConnection c) {
        if (config.obfuscateHostCandidates() && mdnsPolicy != null && !c.listenMdns()) {
            LOG.debug("mDNS is unavailable: this connection's .local names will not be answered");
        }
    }

    /** Stops the shared threads (connections should be closed first). */
    @Override
    public void close() {
        synchronized (this) {
            if (mdnsSocket != null) {
                mdnsSocket.close();
            }
        }
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
        public void credentialsChanged(EngineConnection c, IceCredentials local) {
        }

        @Override
        public void release(EngineConnection c) {
            c.closeSockets();
        }
    };
}
