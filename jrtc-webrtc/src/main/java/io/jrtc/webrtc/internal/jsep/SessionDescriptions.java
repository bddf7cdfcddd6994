package io.jrtc.webrtc.internal.jsep;

import io.jrtc.sdp.SessionDescription;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import io.jrtc.webrtc.RTCSignalingState;
import java.util.Optional;

/**
 * The signaling state and the four descriptions W3C keeps ({@code currentLocalDescription},
 * {@code pendingLocalDescription} and the remote two), updated as WebRTC 1.0 section 4.4.1.5
 * ("set the RTCSessionDescription") prescribes for each type.
 *
 * <p>Each description is kept with its parsed form, so that JSEP reads its own and the remote
 * description without parsing the text again on every operation and every trickled candidate.
 */
public final class SessionDescriptions {
    private RTCSignalingState state = RTCSignalingState.STABLE;
    private Described currentLocal;
    private Described pendingLocal;
    private Described currentRemote;
    private Described pendingRemote;
    /** Whether parsed forms are kept (see {@link #keepParsed}). */
    private boolean keepParsed = true;

    /** A description and its parsed form, parsed when first needed if not given. */
    private static final class Described {
        final RTCSessionDescription description;
        private SessionDescription parsed;

        Described(RTCSessionDescription description, SessionDescription parsed) {
            this.description = description;
            this.parsed = parsed;
        }

        SessionDescription parsed(boolean keep) {
            SessionDescription p = parsed;
            if (p == null) {
                p = SessionDescription.parse(description.sdp());
                parsed = keep ? p : null;
            }
            return p;
        }
    }

    /**
     * Keeps each description's parsed form (the default: offer, answer and trickle read them many
     * times while a connection is set up), or from now on keeps only the text and parses when
     * asked, which holds a few kilobytes less per description for an established connection.
     */
    void keepParsed(boolean keep) {
        keepParsed = keep;
        if (!keep) {
            for (Described d : new Described[] {currentLocal, pendingLocal, currentRemote, pendingRemote}) {
                if (d != null) {
                    d.parsed = null;
                }
            }
        }
    }

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
        apply(local, d, null);
    }

    /** As {@link #apply(boolean, RTCSessionDescription)} with the SDP already parsed (or null). */
    void apply(boolean local, RTCSessionDescription d, SessionDescription parsed) {
        RTCSignalingState next = SignalingTransitions.next(state, local, d.type());
        Described described = new Described(d, keepParsed ? parsed : null);
        switch (d.type()) {
            case OFFER, PRANSWER -> {
                if (local) {
                    pendingLocal = described;
                } else {
                    pendingRemote = described;
                }
            }
            case ANSWER -> {
                if (local) {
                    currentLocal = described;
                    currentRemote = pendingRemote;
                } else {
                    currentRemote = described;
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
    void replaceShown(boolean local, RTCSessionDescription updated, SessionDescription parsed) {
        Described d = new Described(updated, keepParsed ? parsed : null);
        if (local) {
            if (pendingLocal != null) {
                pendingLocal = d;
            } else {
                currentLocal = d;
            }
        } else if (pendingRemote != null) {
            pendingRemote = d;
        } else {
            currentRemote = d;
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
        return description(pendingLocal != null ? pendingLocal : currentLocal);
    }

    /** W3C {@code remoteDescription}. */
    public Optional<RTCSessionDescription> remoteDescription() {
        return description(pendingRemote != null ? pendingRemote : currentRemote);
    }

    /** W3C {@code currentLocalDescription}. */
    public Optional<RTCSessionDescription> currentLocal() {
        return description(currentLocal);
    }

    /** W3C {@code pendingLocalDescription}. */
    public Optional<RTCSessionDescription> pendingLocal() {
        return description(pendingLocal);
    }

    /** W3C {@code currentRemoteDescription}. */
    public Optional<RTCSessionDescription> currentRemote() {
        return description(currentRemote);
    }

    /** W3C {@code pendingRemoteDescription}. */
    public Optional<RTCSessionDescription> pendingRemote() {
        return description(pendingRemote);
    }

    /** The parsed {@link #localDescription()}, or null. */
    SessionDescription parsedLocal() {
        return parsed(pendingLocal != null ? pendingLocal : currentLocal);
    }

    /** The parsed {@link #remoteDescription()}, or null. */
    SessionDescription parsedRemote() {
        return parsed(pendingRemote != null ? pendingRemote : currentRemote);
    }

    /** The parsed {@link #currentLocal()}, or null. */
    SessionDescription parsedCurrentLocal() {
        return parsed(currentLocal);
    }

    /** The parsed {@link #currentRemote()}, or null. */
    SessionDescription parsedCurrentRemote() {
        return parsed(currentRemote);
    }

    /** The parsed {@link #pendingLocal()}, or null. */
    SessionDescription parsedPendingLocal() {
        return parsed(pendingLocal);
    }

    /** The parsed {@link #pendingRemote()}, or null. */
    SessionDescription parsedPendingRemote() {
        return parsed(pendingRemote);
    }

    private static Optional<RTCSessionDescription> description(Described d) {
        return d == null ? Optional.empty() : Optional.of(d.description);
    }

    private SessionDescription parsed(Described d) {
        return d == null ? null : d.parsed(keepParsed);
    }
}
