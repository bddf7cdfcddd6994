package io.jrtc.webrtc.internal.net;

import io.jrtc.webrtc.internal.engine.EngineEvent;

/** Receives a connection's engine events, on its serial context (never concurrently). */
@FunctionalInterface
public interface EngineListener {
    void onEvent(EngineConnection connection, EngineEvent event);
}
