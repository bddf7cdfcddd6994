package io.jrtc.stun;

/**
 * One STUN attribute (RFC 8489 §14): a typed value for every attribute ICE and TURN use, and
 * {@link UnknownAttribute} for the rest, kept as raw bytes so that it survives re-encoding.
 *
 * <p>All implementations are immutable values with {@code equals}; the type code is
 * {@link #type()}, named by {@link StunAttributeType}.
 */
public sealed interface StunAttribute
        permits AddressAttribute, TextAttribute, ErrorCode, UnknownAttributes, Priority, UseCandidate,
                IceControlled, IceControlling, Lifetime, RequestedTransport, RequestedAddressFamily,
                EvenPort, ReservationToken, Data, ChannelNumber, DontFragment, PasswordAlgorithm,
                PasswordAlgorithms, UserHash, MessageIntegrity, MessageIntegritySha256, Fingerprint,
                UnknownAttribute {

    /** The 16-bit attribute type code. */
    int type();

    /** The registry name of {@link #type()}, e.g. {@code "XOR-MAPPED-ADDRESS"}. */
    default String typeName() {
        return StunAttributeType.name(type());
    }
}
