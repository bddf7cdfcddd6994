package io.jrtc.webrtc;

import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.dtls.DtlsFingerprint;
import io.jrtc.dtls.DtlsRole;
import io.jrtc.ice.HostCandidatePolicy;
import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceCandidateParseException;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceCredentials;
import io.jrtc.ice.IceRole;
import io.jrtc.sctp.SctpConfig;
import io.jrtc.sdp.Candidate;
import io.jrtc.webrtc.internal.engine.EngineConfig;
import io.jrtc.webrtc.internal.engine.RemoteParameters;
import io.jrtc.webrtc.internal.jsep.NegotiatedTransport;
import io.jrtc.webrtc.internal.net.EngineConnection;
import io.jrtc.webrtc.internal.net.EngineListener;
import io.jrtc.webrtc.internal.net.NetRuntime;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transport side of one peer connection: binds the sockets and creates the engine once the
 * first description decides the ICE role (RFC 8445 section 6.1.1: the offerer controls), hands it
 * what each completed negotiation agreed on, and passes its events on. Runs on the serial context.
 */
final class PeerTransport {
    private static final Logger LOG = LoggerFactory.getLogger(PeerTransport.class);

    private final NetRuntime runtime;
    private final PeerContext context;
    private final JrtcSettings settings;
    private final java.util.function.Supplier<RTCConfiguration> configuration;
    private final DtlsCertificate certificate;
    private final EngineListener listener;
    private boolean started;
    private boolean configured;
    private IceCredentials remoteIce;
    private RemoteParameters lastRemote;
    private boolean roleDecided;

    PeerTransport(NetRuntime runtime, PeerContext context, JrtcSettings settings,
            java.util.function.Supplier<RTCConfiguration> configuration, DtlsCertificate certificate,
            EngineListener listener) {
        this.configuration = configuration;
        this.runtime = runtime;
        this.context = context;
        this.settings = settings;
        this.certificate = certificate;
        this.listener = listener;
    }

    /**
     * The W3C candidate pool (WebRTC 1.0 section 4.4.1.6): with {@code iceCandidatePoolSize} above
     * 0 the engine is made at construction, before any description, and gathers at once (TURN
     * allocations included); its candidates are handed out when the first local description is
     * set. Its role is provisional until the first description decides it.
     *
     * @throws RTCException OperationError if no socket could be bound
     */
    void prepare(IceCredentials credentials, java.util.concurrent.Executor serial) {
        if (configuration.get().iceCandidatePoolSize() > 0 && context.connection() == null) {
            create(credentials, IceRole.CONTROLLING, serial);
            context.engineWork(() -> context.engine().startCandidatePool(context.now()));
        }
    }

    /**
     * setConfiguration changed the ICE servers, transport policy or pool size (WebRTC 1.0 section
     * 4.4.1.6, "set a configuration"): before the first description the pool's engine, if any, is
     * discarded and a new pool gathers with the new configuration. Once the role is decided the
     * running transport gets the new servers for its next gathering, the next ICE restart (from
     * restartIce, an iceRestart offer or the peer's), and the policy for the candidates signaled
     * and paired from now on (RFC 9429 section 3.5.3).
     */
    void reconfigured(RTCConfiguration before, RTCConfiguration after, IceCredentials credentials,
            java.util.concurrent.Executor serial) {
        boolean serversOrPolicy = !before.iceServers().equals(after.iceServers())
                || before.iceTransportPolicy() != after.iceTransportPolicy();
        boolean iceChanged = serversOrPolicy || before.iceCandidatePoolSize() != after.iceCandidatePoolSize();
        if (!iceChanged) {
            return;
        }
        if (roleDecided) {
            if (serversOrPolicy && context.connection() != null) {
                IceServerList next = IceServerList.of(after);
                List<io.jrtc.ice.session.TurnServer> turn = next.resolvedTurn();
                context.engineWork(() -> context.engine().reconfigureIce(context.now(), turn, next.stun, next.policy));
            }
            return;
        }
        EngineConnection old = context.connection();
        if (old != null) {
            context.attach(null);
            old.close();
        }
        prepare(credentials, serial);
    }

    /** True once the first description decided the ICE role. */
    boolean roleDecided() {
        return roleDecided;
    }

    /**
     * Creates the engine if there is none yet, with these credentials and role; an engine the
     * candidate pool made gets its role now.
     *
     * @throws RTCException OperationError if no socket could be bound
     */
    void ensure(IceCredentials credentials, boolean offerer, java.util.concurrent.Executor serial) {
        IceRole role = offerer ? IceRole.CONTROLLING : IceRole.CONTROLLED;
        if (context.connection() == null) {
            create(credentials, role, serial);
        } else if (!roleDecided) {
            context.engineWork(() -> context.engine().setRole(context.now(), role));
        }
        roleDecided = true;
    }

    private void create(IceCredentials credentials, IceRole role, java.util.concurrent.Executor serial) {
        RTCConfiguration rtc = configuration.get();
        IceServerList servers = IceServerList.of(rtc);
        IceConfig.Builder ice = IceConfig.builder().role(role)
                .credentials(credentials).disconnectedTimeout(settings.iceDisconnectedTimeout())
                .consentTimeout(settings.iceFailedTimeout())
                .transportPolicy(servers.policy);
        servers.stun.forEach(ice::stunServer);
        java.util.random.RandomGenerator random = runtime.connectionRandom();
        if (random != null) {
            ice.random(random);
        }
        EngineConfig.Builder config = EngineConfig.builder(ice.build(), certificate)
                .localMaxMessageSize(maxMessageSize()).dtlsHandshakeTimeout(settings.dtlsHandshakeTimeout())
                .candidatePoolSize(rtc.iceCandidatePoolSize()).resolveMdns(settings.mdns())
                .pathMtuDiscovery(settings.pathMtuDiscovery());
        servers.turn.forEach(t -> config.turnServer(t.url(), t.username(), t.credential()));
        if (random != null) {
            config.random(random);
        }
        try {
            // With mDNS on, .local names are resolved on the interfaces the host candidates use.
            HostCandidatePolicy mdns = settings.mdns() ? hostPolicy() : null;
            EngineConnection c = settings.isSinglePort()
                    ? runtime.connect(config.build(), SinglePorts.get(runtime, settings), listener, serial, mdns)
                    : runtime.connect(config.build(), hostPolicy(), listener, serial, mdns);
            context.attach(c);
        } catch (IOException e) {
            throw new RTCException(RTCErrorName.OPERATION_ERROR, "could not bind a UDP socket for ICE: "
                    + e.getMessage() + "; check JrtcSettings' port range and the host's interfaces", e);
        }
    }

    private int maxMessageSize() {
        long m = settings.maxMessageSize();
        return m == 0 || m > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) m;
    }

    private HostCandidatePolicy hostPolicy() {
        HostCandidatePolicy.Builder b = HostCandidatePolicy.builder().includeLoopback(settings.loopbackCandidates())
                .ipv6(settings.ipv6()).addressFilter(settings.hostAddressFilter());
        if (settings.portMin() != 0) {
            b.portRange(settings.portMin(), settings.portMax());
        }
        if (settings.loopbackOnly()) {
            b.includeLoopback(true).addressFilter(a -> a.isLoopbackAddress() && settings.hostAddressFilter().test(a));
        }
        return b.build();
    }

    /**
     * Gathering starts with the first local description (its candidates have somewhere to go), in
     * a task of its own: the setLocalDescription promise resolves before the first icecandidate
     * event, as in browsers, so the description can be signaled ahead of its candidates.
     */
    void startGathering() {
        if (!started && context.connection() != null) {
            started = true;
            context.execute(() -> context.engineWork(() -> context.engine().start(context.now())));
        }
    }

    /**
     * A negotiation completed: the engine gets the peer's parameters (again after renegotiation,
     * which restarts ICE when the credentials changed) and the candidates of its description.
     *
     * @return true the first time, when the data channels can get their streams
     */
    boolean negotiated(NegotiatedTransport t) {
        if (context.connection() == null) {
            return false;
        }
        boolean first = !configured;
        if (!first && t.remote().equals(remoteIce)) {
            return false;
        }
        remoteIce = t.remote();
        configured = true;
        List<DtlsFingerprint> fingerprints = t.remoteFingerprints().stream()
                .map(f -> new DtlsFingerprint(f.hashFunction(), f.bytes())).toList();
        int port = t.remoteSctpPort().orElse(SctpConfig.DEFAULT_PORT);
        long max = t.remoteMaxMessageSize().orElse(SctpConfig.DEFAULT_MAX_MESSAGE_SIZE);
        int peerMax = max == 0 || max > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) max;
        RemoteParameters remote = new RemoteParameters(t.remote(), t.remoteIceLite(), fingerprints,
                t.dtlsClient() ? DtlsRole.CLIENT : DtlsRole.SERVER, port, peerMax);
        lastRemote = remote;
        context.engineWork(() -> {
            context.engine().setRemote(context.now(), remote);
            for (Candidate c : t.remoteCandidates()) {
                addRemote(c.toString());
            }
        });
        return first;
    }

    /**
     * The peer's offer restarts ICE (RFC 8445 section 9): the engine has restarted and forgotten
     * the peer's old credentials, so it gets the new ones now rather than at the answer, and the
     * peer's checks and trickled candidates of the new generation find it ready.
     */
    void remoteRestarted(io.jrtc.sdp.SessionDescription offer) {
        if (context.connection() == null || lastRemote == null) {
            return;
        }
        offer.media().stream().filter(m -> !m.isRejected() && m.iceUfrag().isPresent() && m.icePwd().isPresent())
                .findFirst().ifPresent(m -> {
                    IceCredentials fresh = new IceCredentials(m.iceUfrag().get(), m.icePwd().get());
                    RemoteParameters r = new RemoteParameters(fresh, lastRemote.iceLite(), lastRemote.fingerprints(),
                            lastRemote.localDtlsRole(), lastRemote.sctpPort(), lastRemote.maxMessageSize());
                    remoteIce = fresh;
                    lastRemote = r;
                    context.engineWork(() -> {
                        context.engine().setRemote(context.now(), r);
                        for (Candidate c : m.candidates()) {
                            addRemote(c.toString());
                        }
                    });
                });
    }

    /** A trickled remote candidate. */
    void addRemoteCandidate(IceCandidate candidate) {
        if (context.connection() != null) {
            context.engineWork(() -> context.engine().addRemoteCandidate(candidate));
        }
    }

    private void addRemote(String line) {
        try {
            context.engine().addRemoteCandidate(IceCandidate.parse(line));
        } catch (IceCandidateParseException e) {
            LOG.debug("a candidate of the remote description was not usable: {}", e.getMessage());
        }
    }

    void endOfRemoteCandidates() {
        if (context.connection() != null) {
            context.engineWork(() -> context.engine().endOfRemoteCandidates());
        }
    }

    /** ICE restart credentials from the engine, or null without one (JSEP then makes its own). */
    IceCredentials restart() {
        if (context.connection() == null) {
            return null;
        }
        IceCredentials[] fresh = new IceCredentials[1];
        context.engineWork(() -> fresh[0] = context.engine().restartIce(context.now()));
        return fresh[0];
    }

    void close() {
        EngineConnection c = context.connection();
        if (c != null) {
            c.close();
        }
    }
}
