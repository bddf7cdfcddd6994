/** DTLS 1.2 for WebRTC over Bouncy Castle bctls: certificates, fingerprints, use_srtp. */
module io.jrtc.dtls {
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;
    requires org.bouncycastle.tls;
    requires org.slf4j;

    exports io.jrtc.dtls;
}
