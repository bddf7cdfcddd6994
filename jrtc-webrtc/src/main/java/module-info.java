/** RTCPeerConnection and the W3C types, JSEP (RFC 9429), the engine that composes the cores, the I/O runtime. */
module io.jrtc.webrtc {
    requires io.jrtc.sdp;
    requires io.jrtc.stun;
    requires io.jrtc.ice;
    requires io.jrtc.dtls;
    requires io.jrtc.rtp;
    requires io.jrtc.srtp;
    requires io.jrtc.sctp;
    requires org.slf4j;

    // exports io.jrtc.webrtc; (javac refuses to export a package that holds only package-info;
    // the W3C types add the classes and this export)
}
