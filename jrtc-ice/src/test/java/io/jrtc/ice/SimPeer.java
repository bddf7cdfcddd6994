package io.jrtc.ice;

import io.jrtc.testkit.Datagram;
import io.jrtc.testkit.Endpoint;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An {@link IceAgent} as a testkit {@link Endpoint}: converts datagrams, drains events after
 * every call, records them, and hands local candidates to a signaling callback.
 */
final class SimPeer implements Endpoint {
    final String name;
    final IceAgent agent;
    final List<IceEvent> events = new ArrayList<>();
    final List<IceConnectionState> states = new ArrayList<>();
    final List<IceCandidate> localCandidates = new ArrayList<>();
    final List<String> received = new ArrayList<>();
    /** Where trickled candidates go; null until signaling is wired. */
    Consumer<IceCandidate> signal;
    Runnable endOfCandidates;
    private long now;

    SimPeer(String name, IceConfig config) {
        this.name = name;
        this.agent = new IceAgent(config);
    }

    @Override
    public void handleInput(long nowNanos, Datagram d) {
        now = nowNanos;
        agent.handleInput(nowNanos, IceDatagram.udp(d.destination(), d.source(), d.payload()));
        drain();
    }

    @Override
    public void handleTimeout(long nowNanos) {
        now = nowNanos;
        agent.handleTimeout(nowNanos);
        drain();
    }

    @Override
    public Datagram pollTransmit() {
        drain();
        IceDatagram d = agent.pollTransmit();
        return d == null ? null : new Datagram(d.local(), d.remote(), d.payload());
    }

    @Override
    public long pollTimeout() {
        return agent.pollTimeout();
    }

    void drain() {
        for (IceEvent e = agent.pollEvent(); e != null; e = agent.pollEvent()) {
            events.add(e);
            switch (e) {
                case IceEvent.LocalCandidate c -> {
                    localCandidates.add(c.candidate());
                    if (signal != null) {
                        signal.accept(c.candidate());
                    }
                }
                case IceEvent.GatheringStateChanged g when g.state() == IceGatheringState.COMPLETE -> {
                    if (endOfCandidates != null) {
                        endOfCandidates.run();
                    }
                }
                case IceEvent.ConnectionStateChanged s -> states.add(s.state());
                case IceEvent.DataReceived r -> received.add(new String(r.datagram().payload()));
                default -> { }
            }
        }
    }

    boolean send(String text) {
        return agent.send(now, text.getBytes());
    }

    IceConnectionState state() {
        return agent.connectionState();
    }

    boolean connected() {
        IceConnectionState s = state();
        return agent.selectedPair().isPresent()
                && (s == IceConnectionState.CONNECTED || s == IceConnectionState.COMPLETED);
    }

    IceCandidateType selectedLocalType() {
        return agent.selectedPair().orElseThrow().local().type();
    }

    IceCandidateType selectedRemoteType() {
        return agent.selectedPair().orElseThrow().remote().type();
    }

    InetSocketAddress selectedRemote() {
        return agent.selectedPair().orElseThrow().remote().socketAddress().orElseThrow();
    }

    @Override
    public String toString() {
        return name;
    }
}
