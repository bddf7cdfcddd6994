package io.jrtc.signaling.internal;

import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCPeerConnectionState;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The peer connections an endpoint owns: bounded in number, dropped when they fail or close. */
public final class PeerSet implements AutoCloseable {
    private final Set<RTCPeerConnection> peers = ConcurrentHashMap.newKeySet();
    private final int max;
    private volatile boolean closed;

    public PeerSet(int max) {
        this.max = max;
    }

    /** Adds {@code pc} unless the set is full or closed; it leaves the set when it fails or closes. */
    public boolean tryAdd(RTCPeerConnection pc) {
        synchronized (this) {
            if (closed || peers.size() >= max) {
                return false;
            }
            peers.add(pc);
        }
        pc.addConnectionStateListener(s -> {
            if (s == RTCPeerConnectionState.FAILED || s == RTCPeerConnectionState.CLOSED) {
                remove(pc);
            }
        });
        return true;
    }

    /** Removes and closes {@code pc}. */
    public void remove(RTCPeerConnection pc) {
        if (peers.remove(pc)) {
            pc.close();
        }
    }

    public int size() {
        return peers.size();
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        for (RTCPeerConnection pc : peers) {
            remove(pc);
        }
    }
}
