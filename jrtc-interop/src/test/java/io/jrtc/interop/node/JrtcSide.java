package io.jrtc.interop.node;

import io.jrtc.webrtc.RTCIceCandidate;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * jrtc's half of the signaling with a Node peer: the browsers' JSON
 * ({@code {"description":...}} / {@code {"candidate":...}}), one message a line. Local candidates
 * wait until the description they belong to has been sent; messages from the peer are applied in
 * order on the caller's thread (the Node peer's reader).
 */
final class JrtcSide {
    private final RTCPeerConnection pc;
    private final Consumer<String> out;
    private final List<String> held = new ArrayList<>();
    private boolean described;
    /** What went wrong applying the peer's messages (tests check there is nothing). */
    final List<Throwable> errors = new CopyOnWriteArrayList<>();

    JrtcSide(RTCPeerConnection pc, Consumer<String> out) {
        this.pc = pc;
        this.out = out;
        pc.onIceCandidate(c -> {
            if (c != null) {
                sendCandidate("{\"candidate\":" + c.toJSON() + "}");
            }
        });
    }

    private synchronized void sendCandidate(String line) {
        if (described) {
            out.accept(line);
        } else {
            held.add(line);
        }
    }

    private synchronized void sendDescription() {
        out.accept("{\"description\":" + pc.localDescription().orElseThrow().toJSON() + "}");
        described = true;
        held.forEach(out);
        held.clear();
    }

    /** Sends the offer the caller has set as the local description. */
    void sendOffer() {
        sendDescription();
    }

    /** Makes and sends the offer. */
    void offer() {
        pc.setLocalDescription().join();
        sendDescription();
    }

    /**
     * One line from the peer, applied without blocking a thread: the returned future completes
     * once it is applied (and the answer sent, for an offer); chain them to keep the order, as the
     * Node scripts chain their promises. Failures are recorded in {@link #errors}.
     */
    CompletableFuture<Void> receiveAsync(String line) {
        String body = line.substring(line.indexOf(':') + 1, line.length() - 1);
        CompletableFuture<Void> applied;
        if (line.startsWith("{\"description\"")) {
            RTCSessionDescription d = RTCSessionDescription.fromJSON(body);
            applied = pc.setRemoteDescription(d).thenCompose(v -> d.type() != RTCSdpType.OFFER
                    ? CompletableFuture.<Void>completedFuture(null)
                    : pc.setLocalDescription().thenRun(this::sendDescription));
        } else {
            applied = pc.addIceCandidate(RTCIceCandidate.fromJSON(body));
        }
        return applied.exceptionally(e -> {
            errors.add(new AssertionError("applying " + line, e));
            return null;
        });
    }

    /** One line from the peer. */
    void receive(String line) {
        try {
            String body = line.substring(line.indexOf(':') + 1, line.length() - 1);
            if (line.startsWith("{\"description\"")) {
                RTCSessionDescription d = RTCSessionDescription.fromJSON(body);
                pc.setRemoteDescription(d).join();
                if (d.type() == RTCSdpType.OFFER) {
                    pc.setLocalDescription().join();
                    sendDescription();
                }
            } else {
                pc.addIceCandidate(RTCIceCandidate.fromJSON(body)).join();
            }
        } catch (RuntimeException e) {
            errors.add(new AssertionError("applying " + line, e));
        }
    }
}
