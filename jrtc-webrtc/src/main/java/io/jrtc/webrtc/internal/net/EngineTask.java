package io.jrtc.webrtc.internal.net;

import io.jrtc.webrtc.internal.engine.TransportEngine;

/** Work on a connection's engine, run on its serial context with the runtime's current time. */
@FunctionalInterface
public interface EngineTask {
    void run(TransportEngine engine, long nowNanos);
}
