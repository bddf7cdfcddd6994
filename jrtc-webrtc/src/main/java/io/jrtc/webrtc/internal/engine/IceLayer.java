package io.jrtc.webrtc.internal.engine;

import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceConnectionState;
import io.jrtc.ice.IceCredentials;
import io.jrtc.ice.IceDatagram;
import io.jrtc.ice.IceEvent;
import io.jrtc.ice.IceStats;
import io.jrtc.ice.session.SessionTransmit;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * What the engine needs from ICE, kept this small so that a composite (ICE agent with TURN
 * clients and mDNS) can replace the plain agent without touching the engine. Sans-IO like every
 * core; {@link IceEvent#DataReceived} carries the non-STUN datagrams of validated pairs.
 */
public interface IceLayer {
    /** Our ufrag and password, for the local description. */
    IceCredentials localCredentials();

    /** A socket the runtime bound: a host candidate. */
    void addHostAddress(InetSocketAddress base);

    /** Begins gathering; candidates come out as {@link IceEvent.LocalCandidate}. */
    void startGathering(long nowNanos);

    /** The peer's credentials and whether it is ICE-lite. */
    void setRemote(IceCredentials remote, boolean remoteLite);

    /** A remote candidate (trickled); false if it cannot be used. */
    boolean addRemoteCandidate(IceCandidate candidate);

    /**
     * A remote candidate at a known time: a layer that resolves {@code .local} names times its
     * queries from it. By default the same as {@link #addRemoteCandidate(IceCandidate)}.
     */
    default boolean addRemoteCandidate(long nowNanos, IceCandidate candidate) {
        return addRemoteCandidate(candidate);
    }

    /** The peer signaled end-of-candidates. */
    void endOfRemoteCandidates();

    /**
     * ICE restart (RFC 8445 §9): fresh local credentials and candidates; the selected pair keeps
     * carrying data until a new one is selected.
     */
    void restart(long nowNanos);

    /** Sends application data on the selected (or best valid) pair; false if there is none. */
    boolean send(long nowNanos, byte[] payload);

    /** A datagram arrived on one of our bases. Never throws. */
    void handleInput(long nowNanos, IceDatagram datagram);

    /** The time from {@link #pollTimeout()} has come. */
    void handleTimeout(long nowNanos);

    /** The next datagram to send, or null. */
    IceDatagram pollTransmit();

    /** When {@link #handleTimeout} is next wanted, or {@link Long#MAX_VALUE}. */
    long pollTimeout();

    /** The next event, or null. */
    IceEvent pollEvent();

    /** The W3C RTCIceTransportState. */
    IceConnectionState state();

    /** Counters. */
    IceStats stats();

    /** Per-pair counters and round-trip times, for the candidate-pair stats; none by default. */
    default List<io.jrtc.ice.IcePairStats> pairStats() {
        return List.of();
    }

    /** Stops everything; nothing more is sent. */
    void close(long nowNanos);

    /** The local candidates gathered so far, with their real addresses. */
    default List<IceCandidate> localCandidates() {
        return List.of();
    }

    /**
     * Starts the W3C candidate pool (gathering before any description); candidates are held until
     * {@link #startGathering}. A layer without a pool does nothing.
     */
    default void startCandidatePool(long nowNanos) {
    }

    /**
     * Sets the ICE role the first description decided, for a layer made before it (the candidate
     * pool). A layer without a pool never needs it and ignores it.
     */
    default void setRole(io.jrtc.ice.IceRole role) {
    }

    /**
     * New ICE servers and candidate policy (W3C setConfiguration): the servers are used from the
     * next {@link #restart} on, the policy for what is signaled and paired from now on. A layer
     * without TURN ignores the TURN servers.
     */
    default void reconfigure(List<io.jrtc.ice.session.TurnServer> turnServers, List<InetSocketAddress> stunServers,
            io.jrtc.ice.IceTransportPolicy policy) {
    }

    /**
     * The next thing to send that is not a UDP datagram: a TCP stream to a TURN server to open,
     * write or close, or an mDNS message; null if none (always, for a layer without TURN or mDNS).
     */
    default SessionTransmit pollStreamTransmit() {
        return null;
    }

    /** A stream asked for by {@link SessionTransmit.OpenStream} is connected. */
    default void handleStreamConnected(long nowNanos, int stream) {
    }

    /** Bytes read from a stream, any chunking. Never throws for bad content. */
    default void handleStreamInput(long nowNanos, int stream, byte[] buf, int off, int len) {
    }

    /** A stream could not be opened, or was closed or reset. */
    default void handleStreamClosed(long nowNanos, int stream, String reason) {
    }

    /** An mDNS message received on port 5353. Never throws for bad content. */
    default void handleMdnsInput(long nowNanos, InetSocketAddress source, byte[] buf, int off, int len) {
    }
}
