package io.jrtc.webrtc.internal.net;

/** The runtime's clock: the only place the engine's time comes from in production. */
final class NanoClock {
    private NanoClock() {}

    /** Monotonic nanoseconds, the time base of every engine this runtime drives. */
    static long now() {
        return System.nanoTime();
    }
}
