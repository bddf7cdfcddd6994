package io.jrtc.webrtc;

/** The event handlers of one {@link RTCPeerConnection}, fired on its serial context. */
final class PeerEvents {
    final Handlers<Void> negotiationNeeded = new Handlers<>("negotiationneeded");
    /** A local candidate to signal; null once gathering is complete. */
    final Handlers<RTCIceCandidate> iceCandidate = new Handlers<>("icecandidate");
    final Handlers<RTCPeerConnectionIceErrorEvent> iceCandidateError = new Handlers<>("icecandidateerror");
    final Handlers<RTCSignalingState> signalingStateChange = new Handlers<>("signalingstatechange");
    final Handlers<RTCIceConnectionState> iceConnectionStateChange = new Handlers<>("iceconnectionstatechange");
    final Handlers<RTCIceGatheringState> iceGatheringStateChange = new Handlers<>("icegatheringstatechange");
    final Handlers<RTCPeerConnectionState> connectionStateChange = new Handlers<>("connectionstatechange");
    final Handlers<RTCDataChannel> dataChannel = new Handlers<>("datachannel");
    final Handlers<RTCTrackEvent> track = new Handlers<>("track");
}
