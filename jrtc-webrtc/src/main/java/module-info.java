/**
 * The W3C WebRTC API ({@code RTCPeerConnection} and its types) over the jrtc protocol cores, with
 * JSEP (RFC 9429) for the offer/answer exchange.
 */
module io.jrtc.webrtc {
    requires io.jrtc.sdp;
    requires io.jrtc.stun;
    requires io.jrtc.ice;
    requires transitive io.jrtc.dtls;
    requires io.jrtc.rtp;
    requires io.jrtc.srtp;
    requires io.jrtc.sctp;
    requires org.slf4j;
    requires jdk.net;

    exports io.jrtc.webrtc;
}
