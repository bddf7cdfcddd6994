package io.jrtc.webrtc;

import java.util.Optional;

/**
 * W3C {@code RTCPeerConnectionIceErrorEvent} (WebRTC 1.0 section 4.8.2): a STUN or TURN server
 * gave no candidate, e.g. 401 for a wrong TURN credential or 701 for a server that cannot be
 * reached. Gathering goes on with the other servers and the host candidates.
 *
 * @param address the local address the request went from; empty if it is hidden or there is none
 * @param port its port; empty with the address
 * @param url the server's URL as configured
 * @param errorCode the STUN error code (RFC 8489 section 14.8), or 701 (W3C: unreachable)
 * @param errorText the server's reason phrase, or what went wrong
 */
public record RTCPeerConnectionIceErrorEvent(Optional<String> address, Optional<Integer> port, String url,
        int errorCode, String errorText) {}
