package io.jrtc.ice.session;

import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceCandidateType;
import io.jrtc.ice.IceConnectionState;
import io.jrtc.ice.IceEvent;
import io.jrtc.ice.IceGatheringState;
import io.jrtc.ice.mdns.MdnsResolver;
import io.jrtc.testkit.Datagram;
import io.jrtc.testkit.Endpoint;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An {@link IceSession} as a testkit {@link Endpoint}, bound to its UDP socket and to port 5353
 * for mDNS. mDNS multicast goes to {@link #mdnsGroup} (a hub endpoint standing in for the
 * multicast group, which the simulated network does not route). Stream requests are recorded; a
 * test that wants them connected says so with {@link #streams}.
 */
final class SessionPeer implements Endpoint {
    final String name;
    final IceSession session;
    final List<IceEvent> events = new ArrayList<>();
    final List<IceCandidate> signaled = new ArrayList<>();
    final List<IceEvent.CandidateError> errors = new ArrayList<>();
    final List<String> received = new ArrayList<>();
    final List<SessionTransmit> streamRequests = new ArrayList<>();
    final Set<Integer> closedStreams = new HashSet<>();
    /** Every datagram delivered, for mutation tests. */
    final List<Datagram> inputs = new ArrayList<>();
    /** Where trickled candidates go (the other side's addRemoteCandidate), once wired. */
    BiConsumer<Long, IceCandidate> signal;
    InetSocketAddress base;
    InetSocketAddress mdnsAddress;
    InetSocketAddress mdnsGroup;
    long mdnsSent;
    final java.util.Map<InetSocketAddress, Integer> udpSentTo = new java.util.HashMap<>();
    private final ArrayDeque<Datagram> pending = new ArrayDeque<>();
    long now;

    SessionPeer(String name, IceSessionConfig config) {
        this.name = name;
        this.session = new IceSession(config);
    }

    @Override
    public void handleInput(long nowNanos, Datagram d) {
        now = nowNanos;
        inputs.add(d);
        if (d.destination().equals(mdnsAddress)) {
            session.handleMdnsInput(nowNanos, d.source(), d.payload(), 0, d.length());
        } else {
            session.handleUdpInput(nowNanos, d.destination(), d.source(), d.payload());
        }
        drain();
    }

    @Override
    public void handleTimeout(long nowNanos) {
        now = nowNanos;
        session.handleTimeout(nowNanos);
        drain();
    }

    @Override
    public Datagram pollTransmit() {
        drain();
        return pending.poll();
    }

    @Override
    public long pollTimeout() {
        return session.pollTimeout();
    }

    void drain() {
        for (SessionTransmit t = session.pollTransmit(); t != null; t = session.pollTransmit()) {
            switch (t) {
                case SessionTransmit.Udp u -> {
                    udpSentTo.merge(u.remote(), 1, Integer::sum);
                    pending.add(new Datagram(u.local(), u.remote(), u.payload()));
                }
                case SessionTransmit.Mdns m -> {
                    mdnsSent++;
                    boolean group = m.destination().equals(MdnsResolver.GROUP_V4);
                    if (mdnsGroup != null) {
                        pending.add(new Datagram(mdnsAddress, group ? mdnsGroup : m.destination(), m.payload()));
                    }
                }
                case SessionTransmit.CloseStream c -> closedStreams.add(c.stream());
                default -> streamRequests.add(t);
            }
        }
        for (IceEvent e = session.pollEvent(); e != null; e = session.pollEvent()) {
            events.add(e);
            switch (e) {
                case IceEvent.LocalCandidate c -> {
                    signaled.add(c.candidate());
                    if (signal != null) {
                        signal.accept(now, c.candidate());
                    }
                }
                case IceEvent.CandidateError err -> errors.add(err);
                case IceEvent.DataReceived r -> received.add(new String(r.datagram().payload()));
                default -> { }
            }
        }
    }

    boolean send(String text) {
        boolean ok = session.send(now, text.getBytes());
        drain();
        return ok;
    }

    boolean connected() {
        IceConnectionState s = session.connectionState();
        return session.selectedPair().isPresent()
                && (s == IceConnectionState.CONNECTED || s == IceConnectionState.COMPLETED);
    }

    boolean gatheringComplete() {
        return session.gatheringState() == IceGatheringState.COMPLETE;
    }

    IceCandidateType selectedLocalType() {
        return session.selectedPair().orElseThrow().local().type();
    }

    IceCandidateType selectedRemoteType() {
        return session.selectedPair().orElseThrow().remote().type();
    }

    @Override
    public String toString() {
        return name;
    }
}
