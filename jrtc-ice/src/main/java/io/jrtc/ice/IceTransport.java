package io.jrtc.ice;

/** The transport a datagram or candidate uses. */
public enum IceTransport {
    /** UDP. */
    UDP,
    /** TCP (RFC 6544), each message framed by the runtime (RFC 4571). */
    TCP
}
