/** STUN and TURN messages (RFC 8489, RFC 8656): codec, attributes, integrity and fingerprint. */
module io.jrtc.stun {
    exports io.jrtc.stun;
}
