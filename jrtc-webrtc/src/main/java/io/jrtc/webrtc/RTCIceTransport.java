package io.jrtc.webrtc;

import java.util.function.Consumer;

/**
 * W3C {@code RTCIceTransport}: the (one, BUNDLEd) ICE transport of a connection, with its states
 * and their events, fired on the connection's serial context.
 */
public final class RTCIceTransport {
    private volatile RTCIceTransportState state = RTCIceTransportState.NEW;
    private volatile RTCIceGatheringState gatheringState = RTCIceGatheringState.NEW;
    private volatile RTCIceRole role = RTCIceRole.UNKNOWN;
    private volatile RTCIceCandidatePair selected;
    private final Handlers<RTCIceCandidatePair> selectedChange = new Handlers<>("selectedcandidatepairchange");
    private final Handlers<RTCIceTransportState> stateChange = new Handlers<>("statechange");
    private final Handlers<RTCIceGatheringState> gatheringStateChange = new Handlers<>("gatheringstatechange");

    RTCIceTransport() {}

    public RTCIceTransportState state() {
        return state;
    }

    public RTCIceGatheringState gatheringState() {
        return gatheringState;
    }

    /**
     * The ICE agent's role: unknown before the first description, then controlling or controlled
     * as it decided (RFC 8445 section 6.1.1; a full agent facing an ICE-lite peer controls), and
     * switched when a role conflict is resolved (section 7.3.1.1).
     */
    public RTCIceRole role() {
        return role;
    }

    /** Always {@code rtp}: jrtc multiplexes RTCP (RFC 5761). */
    public RTCIceComponent component() {
        return RTCIceComponent.RTP;
    }

    /** W3C {@code getSelectedCandidatePair()}: empty until ICE selected one. */
    public java.util.Optional<RTCIceCandidatePair> getSelectedCandidatePair() {
        return java.util.Optional.ofNullable(selected);
    }

    /** W3C {@code onselectedcandidatepairchange}. */
    public void onSelectedCandidatePairChange(Consumer<RTCIceCandidatePair> handler) {
        selectedChange.set(handler);
    }

    public void onStateChange(Consumer<RTCIceTransportState> handler) {
        stateChange.set(handler);
    }

    public void onGatheringStateChange(Consumer<RTCIceGatheringState> handler) {
        gatheringStateChange.set(handler);
    }

    void selected(RTCIceCandidatePair pair) {
        selected = pair;
        selectedChange.fire(pair);
    }

    void role(RTCIceRole r) {
        role = r;
    }

    void state(RTCIceTransportState s, boolean fire) {
        if (s != state) {
            state = s;
            if (fire) {
                stateChange.fire(s);
            }
        }
    }

    void gatheringState(RTCIceGatheringState s) {
        if (s != gatheringState) {
            gatheringState = s;
            gatheringStateChange.fire(s);
        }
    }

    @Override
    public String toString() {
        return "RTCIceTransport[" + state + ", " + gatheringState + ", " + role + "]";
    }
}
