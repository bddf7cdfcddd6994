package io.jrtc.stun;

import java.net.InetSocketAddress;

/**
 * An attribute holding a transport address (IPv4 or IPv6 and a port): MAPPED-ADDRESS,
 * ALTERNATE-SERVER, and the XOR-obfuscated XOR-MAPPED-ADDRESS, XOR-PEER-ADDRESS,
 * XOR-RELAYED-ADDRESS. The XOR is applied on the wire only; {@link #address()} is the plain
 * address.
 */
public sealed interface AddressAttribute extends StunAttribute
        permits MappedAddress, XorMappedAddress, XorPeerAddress, XorRelayedAddress, AlternateServer {

    /** The transport address (always resolved: an IP address, never a host name). */
    InetSocketAddress address();
}
