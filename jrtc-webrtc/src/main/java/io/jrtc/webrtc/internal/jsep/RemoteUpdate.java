package io.jrtc.webrtc.internal.jsep;

import java.util.List;

/**
 * What applying a remote description changed, for the engine to act on: transceivers that a remote
 * offer created or that started receiving (the W3C {@code track} event), whether ICE restarts, and
 * whether a local offer was rolled back to accept it (glare, perfect negotiation).
 *
 * @param created transceivers the remote offer created (no local one of its kind was free)
 * @param startedReceiving transceivers whose remote side now sends to them
 * @param iceRestart true if the remote ICE credentials changed, so ICE restarts (RFC 8445 section 9)
 * @param implicitRollback true if a pending local offer was rolled back first
 */
public record RemoteUpdate(List<JsepTransceiver> created, List<JsepTransceiver> startedReceiving, boolean iceRestart,
        boolean implicitRollback) {
    /** Copies the lists. */
    public RemoteUpdate {
        created = List.copyOf(created);
        startedReceiving = List.copyOf(startedReceiving);
    }

    static final RemoteUpdate NONE = new RemoteUpdate(List.of(), List.of(), false, false);
}
