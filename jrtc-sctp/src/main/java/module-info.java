/** A sans-IO SCTP association (RFC 9260, 3758, 6525, 8260) and WebRTC data channels (RFC 8831, 8832). */
module io.jrtc.sctp {
    requires org.slf4j;

    exports io.jrtc.sctp;
    exports io.jrtc.sctp.datachannel;
}
