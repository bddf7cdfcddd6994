package io.jrtc.webrtc.pc;

import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCIceCandidate;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCPeerConnectionState;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Two peer connections in one JVM on 127.0.0.1, their candidates trickled to each other, with
 * what tests wait for recorded (thread-safe).
 */
final class Peers implements AutoCloseable {
    static final JrtcSettings LOOPBACK = JrtcSettings.builder().loopbackOnly(true).ipv6(false).build();

    final Side a;
    final Side b;

    Peers() {
        this(RTCConfiguration.defaults(), RTCConfiguration.defaults(), LOOPBACK);
    }

    /** Two connections with these configurations and settings. */
    Peers(RTCConfiguration configA, RTCConfiguration configB, JrtcSettings settings) {
        this(new Side("a", configA, settings), new Side("b", configB, settings));
    }

    Peers(Side a, Side b) {
        this.a = a;
        this.b = b;
        a.trickleTo(b);
        b.trickleTo(a);
    }

    /** One side and what it saw. */
    static final class Side {
        final String name;
        final RTCPeerConnection pc;
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<RTCDataChannel> remoteChannels = new CopyOnWriteArrayList<>();
        final CompletableFuture<Void> connected = new CompletableFuture<>();
        final CompletableFuture<Void> endOfCandidates = new CompletableFuture<>();
        final List<Throwable> candidateErrors = new CopyOnWriteArrayList<>();
        volatile Side remote;
        /** Candidates that came before the remote description, as a signaling app keeps them. */
        private final List<RTCIceCandidate> early = new java.util.ArrayList<>();
        private boolean remoteSet;

        Side(String name) {
            this(name, RTCConfiguration.defaults(), LOOPBACK);
        }

        Side(String name, RTCConfiguration configuration, JrtcSettings settings) {
            this.name = name;
            this.pc = new RTCPeerConnection(configuration, settings);
            pc.onSignalingStateChange(s -> events.add("signaling:" + s));
            pc.onIceConnectionStateChange(s -> events.add("ice:" + s));
            pc.onIceGatheringStateChange(s -> events.add("gathering:" + s));
            pc.onConnectionStateChange(s -> {
                events.add("connection:" + s);
                if (s == RTCPeerConnectionState.CONNECTED) {
                    connected.complete(null);
                }
            });
            pc.onDataChannel(c -> {
                events.add("datachannel:" + c.label());
                remoteChannels.add(c);
            });
        }

        void trickleTo(Side other) {
            remote = other;
            pc.onIceCandidate(c -> {
                if (c == null) {
                    endOfCandidates.complete(null);
                    return;
                }
                other.receiveCandidate(c);
            });
        }

        /**
         * A candidate from the peer. A signaling channel keeps order, so a candidate never comes
         * before the description of its ICE generation; here descriptions are handed over
         * directly, so candidates of a generation whose description has not been applied wait.
         */
        synchronized void receiveCandidate(RTCIceCandidate c) {
            if (!remoteSet || !c.usernameFragment().map(u -> u.equals(remoteUfrag())).orElse(true)) {
                early.add(c);
                return;
            }
            pc.addIceCandidate(c).exceptionally(e -> {
                candidateErrors.add(e);
                return null;
            });
        }

        /** Applies a remote description, then the candidates that came before it. */
        void setRemote(io.jrtc.webrtc.RTCSessionDescription d) {
            await(pc.setRemoteDescription(d), "setRemoteDescription(" + d.type() + ") at " + name);
            releaseCandidates();
        }

        /**
         * Hands over the peer's candidates kept so far and those to come, for a test that applied
         * the remote description itself to keep the peer's candidates back for a while.
         */
        synchronized void releaseCandidates() {
            remoteSet = true;
            List<RTCIceCandidate> waiting = List.copyOf(early);
            early.clear();
            waiting.forEach(this::receiveCandidate);
        }

        private String remoteUfrag() {
            return pc.remoteDescription().flatMap(d -> d.sdp().lines().filter(l -> l.startsWith("a=ice-ufrag:"))
                    .findFirst()).map(l -> l.substring("a=ice-ufrag:".length()).trim()).orElse(null);
        }

        /** Waits for the n-th channel the peer opened. */
        RTCDataChannel remoteChannel(int n) {
            Peers.until(() -> remoteChannels.size() > n, name + " gets remote channel " + n);
            return remoteChannels.get(n);
        }
    }

    /** Offer from {@code offerer}, answer from the other, through the descriptions (W3C order). */
    static void negotiate(Side offerer, Side answerer) {
        await(offerer.pc.setLocalDescription(), "setLocalDescription(offer)");
        answerer.setRemote(offerer.pc.localDescription().orElseThrow());
        await(answerer.pc.setLocalDescription(), "setLocalDescription(answer)");
        offerer.setRemote(answerer.pc.localDescription().orElseThrow());
    }

    void negotiate() {
        negotiate(a, b);
    }

    static <T> T await(CompletableFuture<T> f, String what) {
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("waiting for " + what + ": " + e, e);
        }
    }

    /** Polls a condition that another thread makes true (bounded: 30 s). */
    static void until(java.util.function.BooleanSupplier condition, String what) {
        until(condition, what, () -> "");
    }

    /** Like {@link #until(java.util.function.BooleanSupplier, String)}, with what to report on a timeout. */
    static void until(java.util.function.BooleanSupplier condition, String what,
            java.util.function.Supplier<String> detail) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + " " + detail.get());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        a.pc.close();
        b.pc.close();
    }
}
