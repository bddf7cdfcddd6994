/** SDP (RFC 8866) with the attributes WebRTC uses: an immutable model, a parser and a serializer. */
module io.jrtc.sdp {
    exports io.jrtc.sdp;
}
