package io.jrtc.webrtc;

import io.jrtc.webrtc.internal.net.NetRuntime;

/**
 * The runtime every peer connection of this process shares: one pool for the serial contexts and
 * one timer thread, created on first use. Its threads are daemons, so it never keeps a JVM alive.
 */
final class SharedRuntime {
    private SharedRuntime() {}

    private static final class Holder {
        static final NetRuntime RUNTIME = NetRuntime.create();
    }

    static NetRuntime get() {
        return Holder.RUNTIME;
    }
}
