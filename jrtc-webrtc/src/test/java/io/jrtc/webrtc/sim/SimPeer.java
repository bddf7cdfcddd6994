package io.jrtc.webrtc.sim;

import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCIceCandidate;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCSessionDescription;
import io.jrtc.webrtc.RTCTrackEvent;
import io.jrtc.webrtc.SimulatedPeerConnections;
import io.jrtc.webrtc.internal.net.NetRuntime;
import java.util.ArrayList;
import java.util.List;

/**
 * One peer connection of a {@link SimWorld} and what it saw, in order. Its handlers run on the
 * simulation's thread (its serial context there), so plain lists do.
 */
final class SimPeer {
    final String name;
    final RTCPeerConnection pc;
    /** State changes and events, as {@code kind:value}, in the order the handlers saw them. */
    final List<String> events = new ArrayList<>();
    final List<RTCDataChannel> remoteChannels = new ArrayList<>();
    final List<RTCTrackEvent> tracks = new ArrayList<>();
    final List<Throwable> candidateErrors = new ArrayList<>();
    /** The peer's candidates as they arrived here (before any waited for their description). */
    final List<RTCIceCandidate> candidatesReceived = new ArrayList<>();
    int negotiationsNeeded;
    private SimPeer remote;
    /** Candidates of a generation whose description has not been applied yet, as signaling keeps them. */
    private final List<RTCIceCandidate> early = new ArrayList<>();

    SimPeer(String name, NetRuntime runtime, RTCConfiguration configuration) {
        this.name = name;
        this.pc = SimulatedPeerConnections.create(runtime, configuration, JrtcSettings.defaults());
        pc.onSignalingStateChange(s -> events.add("signaling:" + s));
        pc.onIceConnectionStateChange(s -> events.add("ice:" + s));
        pc.onConnectionStateChange(s -> events.add("connection:" + s));
        pc.onDataChannel(c -> {
            events.add("datachannel:" + c.label());
            remoteChannels.add(c);
        });
        pc.onTrack(t -> {
            events.add("track:" + t.track().kind());
            tracks.add(t);
        });
        pc.onNegotiationNeeded(() -> negotiationsNeeded++);
        pc.onIceCandidate(c -> {
            if (c != null) {
                remote.receiveCandidate(c);
            }
        });
    }

    void trickleTo(SimPeer other) {
        this.remote = other;
    }

    /** A candidate from the peer; signaling keeps order, so one never overtakes its description. */
    void receiveCandidate(RTCIceCandidate c) {
        candidatesReceived.add(c);
        apply(c);
    }

    private void apply(RTCIceCandidate c) {
        if (pc.remoteDescription().isEmpty() || !c.usernameFragment().map(remoteUfrag()::equals).orElse(true)) {
            early.add(c);
            return;
        }
        pc.addIceCandidate(c).exceptionally(e -> {
            candidateErrors.add(e);
            return null;
        });
    }

    /** Applies a remote description (it completes at once on the simulation's thread), then the candidates that waited. */
    void setRemote(RTCSessionDescription d) {
        SimWorld.done(pc.setRemoteDescription(d), name + " setRemoteDescription(" + d.type() + ")");
        List<RTCIceCandidate> waiting = List.copyOf(early);
        early.clear();
        waiting.forEach(this::apply);
    }

    private String remoteUfrag() {
        return ufrag(pc.remoteDescription().orElseThrow().sdp());
    }

    static String ufrag(String sdp) {
        return sdp.lines().filter(l -> l.startsWith("a=ice-ufrag:")).findFirst()
                .map(l -> l.substring("a=ice-ufrag:".length()).trim()).orElse("");
    }

    @Override
    public String toString() {
        return name + " " + pc.connectionState() + " " + events;
    }
}
