package io.jrtc.webrtc.internal.jsep;

import io.jrtc.ice.IceCredentials;
import io.jrtc.sdp.Candidate;
import io.jrtc.sdp.Fingerprint;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The transport that the current local and remote descriptions agree on, for the engine: ICE
 * credentials, the DTLS role from {@code a=setup} (RFC 8842 section 5), the fingerprints to check,
 * and the SCTP parameters if a data section was accepted.
 *
 * @param local the local ICE credentials
 * @param remote the remote ICE credentials
 * @param remoteIceLite true if the remote side is ICE lite (we are then controlling)
 * @param dtlsClient true if this side is the DTLS client (setup active)
 * @param remoteFingerprints the fingerprints the remote certificate must match
 * @param remoteCandidates candidates written in the remote description
 * @param remoteSctpPort the remote {@code a=sctp-port}, if a data section was accepted
 * @param remoteMaxMessageSize the remote {@code a=max-message-size}, if given
 */
public record NegotiatedTransport(IceCredentials local, IceCredentials remote, boolean remoteIceLite, boolean dtlsClient,
        List<Fingerprint> remoteFingerprints, List<Candidate> remoteCandidates, OptionalInt remoteSctpPort,
        OptionalLong remoteMaxMessageSize) {
    /** Copies the lists. */
    public NegotiatedTransport {
        remoteFingerprints = List.copyOf(remoteFingerprints);
        remoteCandidates = List.copyOf(remoteCandidates);
    }
}
