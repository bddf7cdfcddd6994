package io.jrtc.demo;

import io.jrtc.webrtc.JrtcSettings;

/** The peer-connection settings the application uses for a given bind address. */
final class Services {
    private Services() {
    }

    /**
     * Loopback-only candidates when serving on a loopback address (nothing leaves the machine),
     * otherwise the machine's addresses plus loopback, so local browsers and other stacks connect too.
     */
    static JrtcSettings settingsFor(String host) {
        return Options.isLoopback(host)
                ? JrtcSettings.builder().loopbackOnly(true).build()
                : JrtcSettings.builder().loopbackCandidates(true).build();
    }
}
