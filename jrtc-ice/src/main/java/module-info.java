/** A sans-IO ICE agent (RFC 8445, RFC 8838, RFC 7675), TURN client (RFC 8656), mDNS candidates. */
module io.jrtc.ice {
    requires io.jrtc.stun;
    requires org.slf4j;

    exports io.jrtc.ice;
    exports io.jrtc.ice.turn;
    exports io.jrtc.ice.mdns;
    exports io.jrtc.ice.session;
}
