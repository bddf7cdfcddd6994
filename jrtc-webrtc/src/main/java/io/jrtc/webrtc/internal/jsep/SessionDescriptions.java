package io.jrtc.webrtc.internal.jsep;

import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import io.jrtc.webrtc.RTCSignalingState;
import java.util.Optional;

/**
 * The signaling state and the four descriptions W3C keeps ({@code currentLocalDescription},
 * {@code pendingLocalDescription} and the remote two), updated as WebRTC 1.0 section 4.4.1.5
 * ("set the RTCSessionDescription") prescribes for each type.
 */
public final class SessionDescriptions {
    private RTCSignalingState state = RTCSignalingState.STABLE;
    private RTCSessionDescription currentLocal;
    private RTCSessionDescription pendingLocal;
    private RTCSessionDescription currentRemote;
    private RTCSessionDescription pendingRemote;

    /** The signaling state. */
    public RTCSignalingState state() {
        return state;
    }

    /**
     * Applies a description whose type is valid in this state (checked first, so nothing changes
     * on failure).
     *
     * @throws io.jrtc.webrtc.RTCException InvalidStateError as {@link SignalingTransitions#next}
     */
    public void apply(boolean local, RTCSessionDescription d) {
        RTCSignalingState next = SignalingTransitions.next(state, local, d.type());
        switch (d.type()) {
            case OFFER, PRANSWER -> {
                if (local) {
                    pendingLocal = d;
                } else {
                    pendingRemote = d;
                }
            }
            case ANSWER -> {
                if (local) {
                    currentLocal = d;
                    currentRemote = pendingRemote;
                } else {
                    currentRemote = d;
                    currentLocal = pendingLocal;
                }
                pendingLocal = null;
                pendingRemote = null;
            }
            case ROLLBACK -> {
                pendingLocal = null;
                pendingRemote = null;
            }
        }
        state = next;
    }

    /**
     * Replaces the shown local or remote description (the pending one if any, else the current one)
     * with the same description plus trickled candidates; the state does not change.
     */
    void replaceShown(boolean local, RTCSessionDescription updated) {
        if (local) {
            if (pendingLocal != null) {
                pendingLocal = updated;
            } else {
                currentLocal = updated;
            }
        } else if (pendingRemote != null) {
            pendingRemote = updated;
        } else {
            currentRemote = updated;
        }
    }

    /** Checks that {@code type} may be applied now, without applying it. */
    public void check(boolean local, RTCSdpType type) {
        SignalingTransitions.next(state, local, type);
    }

    /** Closes: the state becomes closed and every later apply fails. */
    public void close() {
        state = RTCSignalingState.CLOSED;
    }

    /** W3C {@code localDescription}: the pending one if any, else the current one. */
    public Optional<RTCSessionDescription> localDescription() {
        return Optional.ofNullable(pendingLocal != null ? pendingLocal : currentLocal);
    }

    /** W3C {@code remoteDescription}. */
    public Optional<RTCSessionDescription> remoteDescription() {
        return Optional.ofNullable(pendingRemote != null ? pendingRemote : currentRemote);
    }

    /** W3C {@code currentLocalDescription}. */
    public Optional<RTCSessionDescription> currentLocal() {
        return Optional.ofNullable(currentLocal);
    }

    /** W3C {@code pendingLocalDescription}. */
    public Optional<RTCSessionDescription> pendingLocal() {
        return Optional.ofNullable(pendingLocal);
    }

    /** W3C {@code currentRemoteDescription}. */
    public Optional<RTCSessionDescription> currentRemote() {
        return Optional.ofNullable(currentRemote);
    }

    /** W3C {@code pendingRemoteDescription}. */
    public Optional<RTCSessionDescription> pendingRemote() {
        return Optional.ofNullable(pendingRemote);
    }
}
