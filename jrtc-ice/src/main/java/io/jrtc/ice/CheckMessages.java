package io.jrtc.ice;

import io.jrtc.stun.ErrorCode;
import io.jrtc.stun.IceControlled;
import io.jrtc.stun.IceControlling;
import io.jrtc.stun.Priority;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMessageBuilder;
import io.jrtc.stun.StunMessageType;
import io.jrtc.stun.TransactionId;
import io.jrtc.stun.UnknownAttributes;
import io.jrtc.stun.UseCandidate;
import io.jrtc.stun.Username;
import io.jrtc.stun.XorMappedAddress;
import java.net.InetSocketAddress;
import java.util.List;

/** The STUN messages an ICE agent sends (RFC 8445 §7.1, §7.3, §11). */
final class CheckMessages {
    private CheckMessages() {}

    /**
     * A connectivity check (§7.1): USERNAME "remote:local", PRIORITY of a would-be peer-reflexive
     * candidate, the role attribute with our tie-breaker, USE-CANDIDATE when nominating, then
     * MESSAGE-INTEGRITY with the peer's password and FINGERPRINT.
     */
    static byte[] check(TransactionId id, Credentials local, Credentials remote, long prflxPriority,
            IceRole role, long tieBreaker, boolean useCandidate) {
        StunMessageBuilder b = StunMessage.builder(StunMessageType.BINDING_REQUEST).transactionId(id)
                .add(new Username(remote.ufrag() + ":" + local.ufrag()))
                .add(new Priority(prflxPriority))
                .add(role == IceRole.CONTROLLING ? new IceControlling(tieBreaker) : new IceControlled(tieBreaker));
        if (useCandidate) {
            b.add(new UseCandidate());
        }
        return b.messageIntegrity(remote.key).fingerprint().build().encode();
    }

    /** A success response carrying the source we saw (§7.3.1.2), signed with our password. */
    static byte[] success(TransactionId id, InetSocketAddress source, Credentials local) {
        return StunMessage.builder(StunMessageType.BINDING_SUCCESS).transactionId(id)
                .add(new XorMappedAddress(source)).messageIntegrity(local.key).fingerprint().build().encode();
    }

    /** An error response; signed when we know the key (420 and 487 are; 400 is not). */
    static byte[] error(TransactionId id, ErrorCode code, List<Integer> unknown, Credentials local) {
        StunMessageBuilder b = StunMessage.builder(StunMessageType.BINDING_ERROR).transactionId(id).add(code);
        if (!unknown.isEmpty()) {
            b.add(new UnknownAttributes(unknown));
        }
        if (local != null) {
            b.messageIntegrity(local.key);
        }
        return b.fingerprint().build().encode();
    }

    /** A plain Binding request to a STUN server, for a server-reflexive address (RFC 8489 §6). */
    static byte[] serverRequest(TransactionId id) {
        return StunMessage.builder(StunMessageType.BINDING_REQUEST).transactionId(id).fingerprint().build().encode();
    }

    /** A Binding indication: the keepalive of RFC 8445 §11, no response expected. */
    static byte[] keepalive(TransactionId id) {
        return StunMessage.builder(StunMessageType.BINDING_INDICATION).transactionId(id).fingerprint().build().encode();
    }
}
