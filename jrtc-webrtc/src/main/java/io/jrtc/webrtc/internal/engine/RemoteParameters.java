package io.jrtc.webrtc.internal.engine;

import io.jrtc.dtls.DtlsFingerprint;
import io.jrtc.dtls.DtlsRole;
import io.jrtc.ice.IceCredentials;
import io.jrtc.sctp.SctpConfig;
import java.util.List;
import java.util.Objects;

/**
 * What the engine takes from the remote description (JSEP fills it in).
 *
 * @param ice the peer's {@code ice-ufrag} and {@code ice-pwd}
 * @param iceLite whether the peer is ICE-lite
 * @param fingerprints the peer's {@code a=fingerprint} values; its certificate must match one
 * @param localDtlsRole our DTLS role, from the {@code a=setup} negotiation (RFC 8842 §5)
 * @param sctpPort the peer's {@code a=sctp-port}
 * @param maxMessageSize the peer's {@code a=max-message-size} (RFC 8841 §6)
 */
public record RemoteParameters(IceCredentials ice, boolean iceLite, List<DtlsFingerprint> fingerprints,
        DtlsRole localDtlsRole, int sctpPort, int maxMessageSize) {
    /** Checks the values. */
    public RemoteParameters {
        Objects.requireNonNull(ice, "ice");
        Objects.requireNonNull(localDtlsRole, "localDtlsRole");
        fingerprints = List.copyOf(fingerprints);
        if (fingerprints.isEmpty()) {
            throw new IllegalArgumentException("the remote description must carry a fingerprint (RFC 8827 §6.5)");
        }
        if (sctpPort < 1 || sctpPort > 65535 || maxMessageSize < 1) {
            throw new IllegalArgumentException("sctp-port must be 1-65535 and max-message-size positive");
        }
    }

    /** With the default SCTP port and max-message-size (RFC 8841). */
    public static RemoteParameters of(IceCredentials ice, List<DtlsFingerprint> fingerprints, DtlsRole localDtlsRole) {
        return new RemoteParameters(ice, false, fingerprints, localDtlsRole, SctpConfig.DEFAULT_PORT,
                SctpConfig.DEFAULT_MAX_MESSAGE_SIZE);
    }
}
