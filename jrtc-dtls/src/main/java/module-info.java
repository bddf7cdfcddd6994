/** DTLS 1.2 for WebRTC over Bouncy Castle bctls: certificates, fingerprints, use_srtp. */
module io.jrtc.dtls {
}
