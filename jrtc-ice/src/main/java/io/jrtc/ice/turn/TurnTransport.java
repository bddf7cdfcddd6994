package io.jrtc.ice.turn;

/**
 * How a {@link TurnClient} reaches its TURN server (RFC 8656 §3.1). The relayed transport towards
 * peers is always UDP; this is only the client-to-server leg.
 */
public enum TurnTransport {
    /** UDP datagrams; requests are retransmitted (RFC 8489 §6.2.1). */
    UDP,
    /** A TCP byte stream with STUN and padded ChannelData framing (RFC 8656 §12.5, RFC 6544). */
    TCP,
    /** TLS over TCP ({@code turns:}), with the JDK's {@code SSLEngine}. */
    TLS;

    /** True for stream transports, where requests are sent once (RFC 8489 §6.2.2). */
    public boolean isReliable() {
        return this != UDP;
    }
}
