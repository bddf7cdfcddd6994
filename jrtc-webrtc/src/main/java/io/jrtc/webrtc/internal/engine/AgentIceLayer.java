package io.jrtc.webrtc.internal.engine;

import io.jrtc.ice.IceAgent;
import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceConnectionState;
import io.jrtc.ice.IceCredentials;
import io.jrtc.ice.IceDatagram;
import io.jrtc.ice.IceEvent;
import io.jrtc.ice.IceStats;
import java.net.InetSocketAddress;
import java.util.List;

/** The {@link IceLayer} of one plain {@link IceAgent}: host and server-reflexive candidates. */
public final class AgentIceLayer implements IceLayer {
    private final IceAgent agent;

    /** An agent with this configuration. */
    public AgentIceLayer(IceConfig config) {
        this.agent = new IceAgent(config);
    }

    /** The agent, for single-port registration by ufrag. */
    public IceAgent agent() {
        return agent;
    }

    @Override
    public IceCredentials localCredentials() {
        return agent.localCredentials();
    }

    @Override
    public List<IceCandidate> localCandidates() {
        return agent.localCandidates();
    }

    @Override
    public void addHostAddress(InetSocketAddress base) {
        agent.addHostAddress(base);
    }

    @Override
    public void reconfigure(List<io.jrtc.ice.session.TurnServer> turnServers, List<InetSocketAddress> stunServers,
            io.jrtc.ice.IceTransportPolicy policy) {
        agent.reconfigure(stunServers, policy);
    }

    @Override
    public void startGathering(long nowNanos) {
        agent.startGathering(nowNanos);
    }

    @Override
    public void setRemote(IceCredentials remote, boolean remoteLite) {
        agent.setRemoteLite(remoteLite);
        agent.setRemoteCredentials(remote);
    }

    @Override
    public boolean addRemoteCandidate(IceCandidate candidate) {
        return agent.addRemoteCandidate(candidate);
    }

    @Override
    public void endOfRemoteCandidates() {
        agent.endOfRemoteCandidates();
    }

    @Override
    public void restart(long nowNanos) {
        agent.restart(nowNanos);
    }

    @Override
    public boolean send(long nowNanos, byte[] payload) {
        return agent.send(nowNanos, payload);
    }

    @Override
    public void handleInput(long nowNanos, IceDatagram datagram) {
        agent.handleInput(nowNanos, datagram);
    }

    @Override
    public void handleTimeout(long nowNanos) {
        agent.handleTimeout(nowNanos);
    }

    @Override
    public IceDatagram pollTransmit() {
        return agent.pollTransmit();
    }

    @Override
    public long pollTimeout() {
        return agent.pollTimeout();
    }

    @Override
    public IceEvent pollEvent() {
        return agent.pollEvent();
    }

    @Override
    public IceConnectionState state() {
        return agent.connectionState();
    }

    @Override
    public IceStats stats() {
        return agent.stats();
    }

    @Override
    public List<io.jrtc.ice.IcePairStats> pairStats() {
        return agent.pairStats();
    }

    @Override
    public void close(long nowNanos) {
        agent.close(nowNanos);
    }
}
