/** RTP and RTCP packets (RFC 3550), header extensions, payloaders, interceptors. */
module io.jrtc.rtp {
    exports io.jrtc.rtp;
    exports io.jrtc.rtcp;
}
