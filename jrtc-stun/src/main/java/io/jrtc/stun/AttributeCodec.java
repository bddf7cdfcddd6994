package io.jrtc.stun;

import static io.jrtc.stun.StunAttributeType.*;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;

/**
 * Dispatch from attribute type to the attribute class that decodes it, and from attribute value
 * to its encoder. Each attribute's wire format lives in its own class; this only routes.
 */
final class AttributeCodec {
    private AttributeCodec() {}

    /** Decodes one value; unknown types become {@link UnknownAttribute}. */
    static StunAttribute decode(int type, AttributeReader r) {
        return switch (type) {
            case MAPPED_ADDRESS -> MappedAddress.decode(r);
            case XOR_MAPPED_ADDRESS -> XorMappedAddress.decode(r);
            case XOR_PEER_ADDRESS -> XorPeerAddress.decode(r);
            case XOR_RELAYED_ADDRESS -> XorRelayedAddress.decode(r);
            case ALTERNATE_SERVER -> AlternateServer.decode(r);
            case USERNAME -> Username.decode(r);
            case REALM -> Realm.decode(r);
            case NONCE -> Nonce.decode(r);
            case SOFTWARE -> Software.decode(r);
            case ERROR_CODE -> ErrorCode.decode(r);
            case UNKNOWN_ATTRIBUTES -> UnknownAttributes.decode(r);
            case PRIORITY -> Priority.decode(r);
            case USE_CANDIDATE -> UseCandidate.decode(r);
            case ICE_CONTROLLED -> IceControlled.decode(r);
            case ICE_CONTROLLING -> IceControlling.decode(r);
            case LIFETIME -> Lifetime.decode(r);
            case REQUESTED_TRANSPORT -> RequestedTransport.decode(r);
            case REQUESTED_ADDRESS_FAMILY -> RequestedAddressFamily.decode(r);
            case EVEN_PORT -> EvenPort.decode(r);
            case RESERVATION_TOKEN -> ReservationToken.decode(r);
            case DATA -> Data.decode(r);
            case CHANNEL_NUMBER -> ChannelNumber.decode(r);
            case DONT_FRAGMENT -> DontFragment.decode(r);
            case PASSWORD_ALGORITHM -> PasswordAlgorithm.decode(r);
            case PASSWORD_ALGORITHMS -> PasswordAlgorithms.decode(r);
            case USERHASH -> UserHash.decode(r);
            case MESSAGE_INTEGRITY -> MessageIntegrity.decode(r);
            case MESSAGE_INTEGRITY_SHA256 -> MessageIntegritySha256.decode(r);
            case FINGERPRINT -> Fingerprint.decode(r);
            default -> UnknownAttribute.decode(type, r);
        };
    }

    /** Writes the value (no header, no padding). The switch is exhaustive over the sealed type. */
    static void encodeValue(StunAttribute a, WireWriter w) {
        switch (a) {
            case MappedAddress x -> x.encode(w);
            case XorMappedAddress x -> x.encode(w);
            case XorPeerAddress x -> x.encode(w);
            case XorRelayedAddress x -> x.encode(w);
            case AlternateServer x -> x.encode(w);
            case Username x -> x.encode(w);
            case Realm x -> x.encode(w);
            case Nonce x -> x.encode(w);
            case Software x -> x.encode(w);
            case ErrorCode x -> x.encode(w);
            case UnknownAttributes x -> x.encode(w);
            case Priority x -> x.encode(w);
            case UseCandidate x -> { }
            case IceControlled x -> x.encode(w);
            case IceControlling x -> x.encode(w);
            case Lifetime x -> x.encode(w);
            case RequestedTransport x -> x.encode(w);
            case RequestedAddressFamily x -> x.encode(w);
            case EvenPort x -> x.encode(w);
            case ReservationToken x -> x.encode(w);
            case Data x -> x.encode(w);
            case ChannelNumber x -> x.encode(w);
            case DontFragment x -> { }
            case PasswordAlgorithm x -> x.encode(w);
            case PasswordAlgorithms x -> x.encode(w);
            case UserHash x -> x.encode(w);
            case MessageIntegrity x -> x.encode(w);
            case MessageIntegritySha256 x -> x.encode(w);
            case Fingerprint x -> x.encode(w);
            case UnknownAttribute x -> x.encode(w);
        }
    }
}
