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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads every connection shares: a work pool for the serial contexts, one scheduler
 * thread for the timers and one thread that reads every UDP socket through a selector
 * ({@link SocketReader}). Sockets are per connection (one per host address) or shared
 * ({@link SinglePort}); each TCP connection to a TURN server that an ICE session asks for has a
 * reader (a virtual thread), and so has the one mDNS socket of the runtime ({@link #enableMdns}).
 * No thread per connection or per packet.
 */
public final class NetRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NetRuntime.class);
    private final NetPlatform platform;
    /** The interfaces mDNS uses, or null while mDNS is off. */
    private volatile HostCandidatePolicy mdnsPolicy;
    private MdnsSocket mdnsSocket;
    private boolean mdnsFailed;

    private NetRuntime(NetPlatform platform) {
        this.platform = platform;
    }

    /**
     * A runtime whose pool has {@code parallelism} threads: that many connections can be busy (or
     * blocked in a slow callback) at once before others wait.
     */
    public static NetRuntime create(int parallelism) {
        return new NetRuntime(new MachinePlatform(parallelism));
    }

    /** A runtime on another platform than the machine's: a test's simulated network in virtual time. */
    static NetRuntime on(NetPlatform platform) {
        return new NetRuntime(java.util.Objects.requireNonNull(platform, "platform"));
    }

    /** A runtime with a pool of twice the processors, at least four threads. */
    public static NetRuntime create() {
        return create(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    }

    /**
     * The random source for a new connection's ICE and engine configuration, or null for their
     * default ({@code SecureRandom}); only a simulated platform gives one (seeded).
     */
    public java.util.random.RandomGenerator connectionRandom() {
        return platform.random();
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

    private java.util.function.Supplier<MdnsSocket> mdnsSupplier(HostCandidatePolicy own) {
        if (own != null) {
            return new ConnectionMdns(own);
        }
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
        return new SerialExecutor(platform.pool());
    }

    /** Like {@link #connect(EngineConfig, HostCandidatePolicy, EngineListener)} on a serial context made beforehand. */
    public EngineConnection connect(EngineConfig config, HostCandidatePolicy policy, EngineListener listener,
            Executor serial) throws IOException {
        return connect(config, policy, listener, serial, null);
    }

    /**
     * Like {@link #connect(EngineConfig, HostCandidatePolicy, EngineListener, Executor)}, with mDNS
     * of its own when {@code mdns} is not null: {@code .local} names are resolved (and answered)
     * through a socket on the interfaces {@code mdns} selects, opened at the first message and
     * closed with the connection. With null, the runtime's mDNS ({@link #enableMdns}) if it is on.
     */
    public EngineConnection connect(EngineConfig config, HostCandidatePolicy policy, EngineListener listener,
            Executor serial, HostCandidatePolicy mdns) throws IOException {
        if (!(serial instanceof SerialExecutor context)) {
            throw new IllegalArgumentException("the serial context must come from newSerialContext()");
        }
        List<DatagramPort> bound = platform.bindHost(policy);
        Map<InetSocketAddress, DatagramPort> sockets = new LinkedHashMap<>();
        bound.forEach(s -> sockets.put(s.local(), s));
        TransportEngine engine;
        try {
            engine = engine(config);
        } catch (RuntimeException e) {
            bound.forEach(DatagramPort::close);
            throw e;
        }
        bound.forEach(s -> engine.addHostAddress(s.local()));
        EngineConnection c = new EngineConnection(engine, context, platform, Map.copyOf(sockets), OWN, listener,
                mdnsSupplier(mdns));
        bound.forEach(s -> s.start((socket, remote, payload) -> c.deliver(socket.local(), remote, payload)));
        answerMdns(config, c);
        return c;
    }

    /** Opens a socket for single-port mode on this address (port 0: any). */
    public SinglePort openSinglePort(InetSocketAddress address) throws IOException {
        return new SinglePort(platform.bind(address));
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
        return connect(config, port, listener, serial, null);
    }

    /**
     * Like {@link #connect(EngineConfig, SinglePort, EngineListener, Executor)}, with mDNS of its
     * own when {@code mdns} is not null, as
     * {@link #connect(EngineConfig, HostCandidatePolicy, EngineListener, Executor, HostCandidatePolicy)} says.
     */
    public EngineConnection connect(EngineConfig config, SinglePort port, EngineListener listener, Executor serial,
            HostCandidatePolicy mdns) {
        if (!(serial instanceof SerialExecutor context)) {
            throw new IllegalArgumentException("the serial context must come from newSerialContext()");
        }
        TransportEngine engine = engine(config);
        engine.addHostAddress(port.local());
        EngineConnection c = new EngineConnection(engine, context, platform, Map.of(port.local(), port.socket()), port,
                listener, mdnsSupplier(mdns));
        port.register(engine.localCredentials(), c);
        answerMdns(config, c);
        return c;
    }

    // A connection that hands out .local names must hear the queries for them before it ever sends.
    private void answerMdns(EngineConfig config, EngineConnection c) {
        if (config.obfuscateHostCandidates() && c.hasMdns() && !c.listenMdns()) {
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
        platform.close();
    }

    /** The owner of a connection with sockets of its own: releasing it closes them. */
    static final EngineConnection.SocketOwner OWN = new EngineConnection.SocketOwner() {
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
