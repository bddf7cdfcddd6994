package io.jrtc.ice.session;

import io.jrtc.ice.IceAgent;
import io.jrtc.ice.IceCandidatePair;
import io.jrtc.ice.IceCandidateType;
import io.jrtc.ice.IceDatagram;
import io.jrtc.ice.IceEvent;
import io.jrtc.ice.internal.IpLiteral;
import io.jrtc.ice.turn.TurnEvent;
import io.jrtc.ice.turn.TurnStats;
import io.jrtc.ice.turn.TurnTransport;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session's TURN side: one {@link RelayLink} per server, the streams the runtime opened for
 * them, and the glue to the agent (RFC 8656 with RFC 8445 §5.1.1.2): allocations become relay
 * candidates, what the agent sends from a relayed address is relayed, what the server relays back
 * goes to the agent with the relayed address as local side.
 */
final class Relays {
    private static final Logger LOG = LoggerFactory.getLogger(Relays.class);
    /** W3C: the error code of a server that could not be reached or did not answer. */
    static final int UNREACHABLE = 701;
    private static final InetSocketAddress NO_ADDRESS = new InetSocketAddress(IpLiteral.parse("0.0.0.0"), 0);

    private final IceSessionConfig config;
    private final IceAgent agent;
    private final ArrayDeque<SessionTransmit> out;
    private final Consumer<IceEvent> deliver;
    private final List<RelayLink> links = new ArrayList<>();
    private final Map<Integer, RelayLink> streams = new HashMap<>();
    private final Set<InetSocketAddress> remotes = new LinkedHashSet<>();
    private int nextStream = 1;
    /** The local side of the selected pair, so that a retired relay carrying it is kept until another is selected. */
    private InetSocketAddress selectedLocal;
    long droppedUnroutable;
    long sendFailures;

    Relays(IceSessionConfig config, IceAgent agent, ArrayDeque<SessionTransmit> out, Consumer<IceEvent> deliver) {
        this.config = config;
        this.agent = agent;
        this.out = out;
        this.deliver = deliver;
    }

    // ---- gathering

    /** Asks every TURN server for an allocation: over UDP from the first base of its family. */
    void start(long now, List<InetSocketAddress> hostBases) {
        for (TurnServer server : config.turnServers) {
            open(now, server, hostBases);
        }
    }

    private void open(long now, TurnServer server, List<InetSocketAddress> hostBases) {
        if (server.parsed().transport() == TurnTransport.UDP) {
            InetSocketAddress base = hostBases.stream()
                    .filter(b -> (b.getAddress() instanceof Inet6Address) == (server.address() instanceof Inet6Address))
                    .findFirst().orElse(null);
            if (base == null) {
                candidateError(null, server, UNREACHABLE, "no bound UDP socket of the TURN server's address family");
                return;
            }
            RelayLink l = new RelayLink(server, config, base, 0, null);
            links.add(l);
            l.client.allocate(now);
        } else {
            int id = nextStream++;
            RelayLink l = new RelayLink(server, config, null, id,
                    server.parsed().transport() == TurnTransport.TLS ? tlsContext() : null);
            links.add(l);
            streams.put(id, l);
            l.connectDeadline = now + config.streamConnectTimeout.toNanos();
            out.add(new SessionTransmit.OpenStream(id, server.socketAddress()));
        }
    }

    /**
     * A new server list, at an ICE restart after W3C setConfiguration: servers still listed keep
     * their allocation, new ones are asked for one, and the allocations of servers no longer
     * listed are released; one that carries the selected pair only once another pair is selected,
     * so that data keeps flowing through the restart.
     *
     * @return the relayed addresses whose candidates must not be signaled again
     */
    List<InetSocketAddress> replace(long now, List<TurnServer> next, List<InetSocketAddress> hostBases) {
        List<InetSocketAddress> forgotten = new ArrayList<>();
        Set<TurnServer> kept = new java.util.HashSet<>();
        for (RelayLink l : List.copyOf(links)) {
            if (l.retired) {
                continue;
            }
            if (next.contains(l.server)) {
                kept.add(l.server);
                continue;
            }
            l.retired = true;
            l.gatheringDone = true; // a retired server no longer holds gathering up
            if (l.relayed != null) {
                forgotten.add(l.relayed);
            }
            if (l.relayed == null || !l.relayed.equals(selectedLocal)) {
                release(now, l);
            }
        }
        for (TurnServer s : next) {
            if (kept.add(s)) {
                open(now, s, hostBases);
            }
        }
        return forgotten;
    }

    private void release(long now, RelayLink l) {
        if (l.released) {
            return;
        }
        l.released = true;
        LOG.debug("releasing the allocation of a TURN server no longer configured: {}", l.server);
        if (l.usable()) {
            l.client.release(now);
        } else {
            closeStream(l);
        }
    }

    private SSLContext tlsContext() {
        if (config.sslContext != null) {
            return config.sslContext;
        }
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no default TLS context for turns: servers", e);
        }
    }

    /** Whether every server has answered or failed. */
    boolean gatheringDone() {
        for (RelayLink l : links) {
            if (!l.gatheringDone) {
                return false;
            }
        }
        return true;
    }

    // ---- peers

    /**
     * A remote candidate's address. RFC 8656 §9: the server drops what a peer sends to the relayed
     * address without a permission, so every remote candidate gets one on every allocation of its
     * address family (now, or when the allocation arrives).
     */
    void permit(long now, InetSocketAddress remote) {
        if (!remotes.add(remote)) {
            return;
        }
        for (RelayLink l : links) {
            if (!l.retired && l.allocated() && sameFamily(l.relayed, remote)) {
                l.client.createPermission(now, remote);
            }
        }
    }

    /**
     * The selected pair changed. RFC 8656 §12: a channel makes its relayed traffic 4 bytes of
     * overhead instead of 36, and keeps the permission fresh.
     */
    void selected(long now, IceCandidatePair pair) {
        selectedLocal = pair.local().socketAddress().orElse(null);
        for (RelayLink l : links) {
            if (l.retired && (l.relayed == null || !l.relayed.equals(selectedLocal))) {
                release(now, l);
            }
        }
        if (pair.local().type() != IceCandidateType.RELAY) {
            return;
        }
        RelayLink l = relayOf(pair.local().socketAddress().orElse(null));
        InetSocketAddress remote = pair.remote().socketAddress().orElse(null);
        if (l != null && remote != null && l.allocated()) {
            l.client.bindChannel(now, remote);
        }
    }

    /** Relays a datagram the agent sends from a relayed address; false if it is not one. */
    boolean send(long now, IceDatagram d) {
        RelayLink l = relayOf(d.local());
        if (l == null) {
            return false;
        }
        if (!l.allocated() || !l.client.send(now, d.remote(), d.payload())) {
            sendFailures++;
        }
        return true;
    }

    // ---- input

    /**
     * A UDP datagram from a UDP TURN server on its base goes to its client, Binding messages
     * excepted (the server may be a STUN server too). Returns false if the datagram is not for a
     * TURN client.
     */
    boolean handleUdp(long now, InetSocketAddress local, InetSocketAddress remote, byte[] payload) {
        for (RelayLink l : links) {
            // A released link gets nothing: a server dropped and added again has a new link on the same 5-tuple.
            if (!l.released && l.udp() && l.base.equals(local) && l.client.config().server().equals(remote)) {
                if (isBinding(payload)) {
                    return false;
                }
                l.client.handleInput(now, payload, 0, payload.length);
                return true;
            }
        }
        return false;
    }

    void streamConnected(long now, int stream) {
        RelayLink l = streams.get(stream);
        if (l == null || l.streamOpen) {
            droppedUnroutable++;
            return;
        }
        l.streamOpen = true;
        l.connectDeadline = Long.MAX_VALUE;
        l.client.allocate(now);
    }

    void streamInput(long now, int stream, byte[] buf, int off, int len) {
        RelayLink l = streams.get(stream);
        if (l == null || !l.streamOpen) {
            droppedUnroutable++;
            return;
        }
        l.client.handleInput(now, buf, off, len);
    }

    void streamClosed(long now, int stream, String reason) {
        RelayLink l = streams.remove(stream);
        if (l == null) {
            droppedUnroutable++;
            return;
        }
        l.connectDeadline = Long.MAX_VALUE;
        if (l.streamOpen) {
            l.client.connectionLost(now, reason);
        } else {
            l.client.release(now);
            failed(l, UNREACHABLE, "could not connect to the TURN server: " + reason);
        }
        l.streamOpen = false;
    }

    // ---- time

    void handleTimeout(long now) {
        for (RelayLink l : links) {
            if (l.connectDeadline <= now) {
                l.connectDeadline = Long.MAX_VALUE;
                streams.remove(l.stream);
                out.add(new SessionTransmit.CloseStream(l.stream));
                l.client.release(now);
                failed(l, UNREACHABLE, "no connection to the TURN server within " + config.streamConnectTimeout);
            }
            if (l.client.pollTimeout() <= now) {
                l.client.handleTimeout(now);
            }
        }
    }

    long pollTimeout() {
        long t = Long.MAX_VALUE;
        for (RelayLink l : links) {
            t = Math.min(t, Math.min(l.connectDeadline, l.client.pollTimeout()));
        }
        return t;
    }

    /** Releases every allocation; streams close once the server confirms (or at once if unusable). */
    void close(long now) {
        for (RelayLink l : links) {
            if (l.usable()) {
                l.client.release(now);
            } else {
                closeStream(l);
            }
        }
    }

    // ---- output

    /** Handles the clients' events and moves their transmissions out; true if there was any. */
    boolean pump(long now) {
        boolean busy = false;
        for (RelayLink l : links) {
            for (TurnEvent e = l.client.pollEvent(); e != null; e = l.client.pollEvent()) {
                busy = true;
                onEvent(now, l, e);
            }
            for (byte[] b = l.client.pollTransmit(); b != null; b = l.client.pollTransmit()) {
                if (l.udp()) {
                    out.add(new SessionTransmit.Udp(l.base, l.client.config().server(), b));
                } else if (l.streamOpen) {
                    out.add(new SessionTransmit.StreamData(l.stream, b));
                }
            }
        }
        return busy;
    }

    private void onEvent(long now, RelayLink l, TurnEvent e) {
        switch (e) {
            case TurnEvent.Allocated a -> {
                if (l.retired) {
                    l.released = false;
                    release(now, l); // asked for before its server left the configuration
                    return;
                }
                l.relayed = a.relayed();
                l.gatheringDone = true;
                LOG.debug("relayed address {} from {}", a.relayed(), l.server);
                agent.addRelayCandidate(a.relayed(), a.mapped() != null ? a.mapped() : NO_ADDRESS,
                        l.server.socketAddress(), preference(l));
                for (InetSocketAddress r : remotes) {
                    if (sameFamily(a.relayed(), r)) {
                        l.client.createPermission(now, r);
                    }
                }
            }
            case TurnEvent.PeerData d -> {
                if (l.relayed != null) {
                    agent.handleInput(now, IceDatagram.udp(l.relayed, d.peer(), d.data()));
                } else {
                    droppedUnroutable++;
                }
            }
            case TurnEvent.Failed f -> {
                if (!l.gatheringDone) {
                    failed(l, f.code() >= 300 && f.code() <= 699 ? f.code() : UNREACHABLE, f.reason());
                } else {
                    LOG.debug("TURN request to {} failed: {} {}", l.server, f.code(), f.reason());
                }
                if (f.allocationLost()) {
                    closeStream(l);
                }
            }
            case TurnEvent.Released r -> closeStream(l);
            default -> { }
        }
    }

    // RFC 8445 §5.1.2.1 leaves local preferences to us: relays reached over UDP first (no
    // head-of-line blocking), then TCP, then TLS; among equals, the order configured.
    private int preference(RelayLink l) {
        int rank = switch (l.server.parsed().transport()) {
            case UDP -> 0;
            case TCP -> 1;
            case TLS -> 2;
        };
        return 65535 - rank * 16384 - Math.min(links.indexOf(l), 16383);
    }

    private void failed(RelayLink l, int code, String text) {
        if (!l.gatheringDone) {
            l.gatheringDone = true;
            candidateError(l.base, l.server, code, text);
        }
    }

    private void candidateError(InetSocketAddress base, TurnServer server, int code, String text) {
        LOG.debug("no relay candidate from {}: {} {}", server, code, text);
        deliver.accept(new IceEvent.CandidateError(base == null ? null : IpLiteral.format(base.getAddress()),
                base == null ? 0 : base.getPort(), server.url(), code, text));
    }

    private void closeStream(RelayLink l) {
        if (!l.udp() && streams.remove(l.stream) != null) {
            l.streamOpen = false;
            l.connectDeadline = Long.MAX_VALUE;
            out.add(new SessionTransmit.CloseStream(l.stream));
        }
    }

    /** TURN messages the clients dropped. */
    long turnDropped() {
        long n = 0;
        for (RelayLink l : links) {
            TurnStats s = l.client.stats();
            n += s.malformed() + s.unexpected() + s.unauthentic();
        }
        return n;
    }

    int size() {
        return links.size();
    }

    private RelayLink relayOf(InetSocketAddress local) {
        for (RelayLink l : links) {
            if (!l.released && l.relayed != null && l.relayed.equals(local)) {
                return l;
            }
        }
        return null;
    }

    // RFC 8489 §5: the method bits of the type, without the class bits (0x0110); Binding is 0x001.
    private static boolean isBinding(byte[] b) {
        return b.length >= 20 && (b[0] & 0xC0) == 0 && (((b[0] & 0x3E) << 8) | (b[1] & 0xEF)) == 0x0001;
    }

    private static boolean sameFamily(InetSocketAddress a, InetSocketAddress b) {
        return (a.getAddress() instanceof Inet6Address) == (b.getAddress() instanceof Inet6Address);
    }
}
