/**
 * The W3C WebRTC API in Java: {@link io.jrtc.webrtc.RTCPeerConnection} with
 * {@link io.jrtc.webrtc.RTCDataChannel}, raw-RTP {@link io.jrtc.webrtc.MediaStreamTrack}s,
 * transceivers, the ICE/DTLS/SCTP transport objects and {@code getStats()}; the types of WebRTC 1.0 with the same names, Java-cased, whose enums
 * print their W3C strings, and whose failures are {@link io.jrtc.webrtc.RTCException}s carrying the
 * DOMException name the specification prescribes. jrtc's own knobs are in {@link
 * io.jrtc.webrtc.JrtcSettings}.
 */
package io.jrtc.webrtc;
