package io.jrtc.webrtc.pc;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer target: setRemoteDescription on a real RTCPeerConnection (sockets, engine, JSEP) with
 * mutated SDP; see {@link PeerConnectionSetRemoteInvariants} for what must hold and how the first
 * byte picks the situation. Seeds (real Chromium, Firefox-style, werift and node-datachannel SDPs,
 * and the legacy data format) are in {@code PeerConnectionSetRemoteFuzzTestInputs/apply/}.
 */
class PeerConnectionSetRemoteFuzzTest {
    @FuzzTest
    void apply(byte[] data) {
        PeerConnectionSetRemoteInvariants.check(data);
    }
}
