package io.jrtc.webrtc;

import io.jrtc.webrtc.internal.net.NetRuntime;

/**
 * Peer connections on a runtime a test made, such as a simulated host's
 * ({@code SimulatedNet.runtime(host)}): the package-private constructor every public one ends in,
 * so the code under test is exactly what applications run.
 */
public final class SimulatedPeerConnections {
    private SimulatedPeerConnections() {}

    public static RTCPeerConnection create(NetRuntime runtime, RTCConfiguration configuration, JrtcSettings settings) {
        return new RTCPeerConnection(configuration, settings, runtime);
    }
}
