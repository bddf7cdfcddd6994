/** The W3C WebRTC API for Java: {@code RTCPeerConnection} and its types. */
package io.jrtc.webrtc;
