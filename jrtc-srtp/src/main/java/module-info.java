/** SRTP and SRTCP (RFC 3711, RFC 6188, RFC 7714) with javax.crypto. */
module io.jrtc.srtp {
    requires io.jrtc.rtp;
    requires org.slf4j;

    exports io.jrtc.srtp;
}
