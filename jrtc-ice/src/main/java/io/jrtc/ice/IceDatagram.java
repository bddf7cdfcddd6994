package io.jrtc.ice;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * A datagram as the agent sees it: the local socket address (the candidate's base) it was
 * received on or must be sent from, the remote address, the transport, and the payload.
 *
 * <p>For a relayed candidate the local address is the relayed address on the TURN server: the
 * TURN client wraps what the agent sends in Send indications or ChannelData and unwraps what it
 * receives, so the agent never sees TURN. The payload array is not copied: whoever creates a
 * datagram hands it over.
 *
 * @param local the local base address
 * @param remote the remote address
 * @param transport the transport (UDP, or TCP framed per RFC 4571 by the runtime)
 * @param payload the bytes
 */
public record IceDatagram(InetSocketAddress local, InetSocketAddress remote, IceTransport transport, byte[] payload) {
    /** Checks for nulls. */
    public IceDatagram {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(payload, "payload");
    }

    /** A UDP datagram. */
    public static IceDatagram udp(InetSocketAddress local, InetSocketAddress remote, byte[] payload) {
        return new IceDatagram(local, remote, IceTransport.UDP, payload);
    }

    @Override
    public String toString() {
        return "IceDatagram[" + local + " <-> " + remote + " " + transport + ", " + payload.length + " B]";
    }
}
