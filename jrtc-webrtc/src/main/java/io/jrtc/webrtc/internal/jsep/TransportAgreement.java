package io.jrtc.webrtc.internal.jsep;

import io.jrtc.ice.IceCredentials;
import io.jrtc.sdp.MediaDescription;
import io.jrtc.sdp.SessionDescription;
import io.jrtc.sdp.Setup;
import java.util.Optional;

/**
 * Reads the {@link NegotiatedTransport} from the current descriptions: the DTLS role from the two
 * {@code a=setup} values (RFC 8842 section 5), the remote ICE and DTLS parameters from the first
 * section that carries the (bundled) transport.
 */
final class TransportAgreement {
    private TransportAgreement() {}

    /** The agreement of the current descriptions, if both exist and carry a transport. */
    static Optional<NegotiatedTransport> of(SessionDescriptions descriptions, IceCredentials localIce) {
        SessionDescription local = descriptions.parsedCurrentLocal();
        SessionDescription remote = descriptions.parsedCurrentRemote();
        if (local == null || remote == null) {
            return Optional.empty();
        }
        Optional<MediaDescription> lm = firstLive(local);
        Optional<MediaDescription> rm = firstLive(remote);
        if (lm.isEmpty() || rm.isEmpty()) {
            return Optional.empty();
        }
        MediaDescription rmd = rm.get();
        Setup localSetup = lm.get().setup().orElse(Setup.ACTPASS);
        boolean client = localSetup == Setup.ACTIVE
                || (localSetup == Setup.ACTPASS && rmd.setup().orElse(Setup.ACTIVE) == Setup.PASSIVE);
        Optional<MediaDescription> remoteData = Optional.empty();
        for (MediaDescription m : remote.media()) {
            if (RemoteOfferAssociation.isData(m)) {
                remoteData = Optional.of(m);
                break;
            }
        }
        return Optional.of(new NegotiatedTransport(localIce,
                new IceCredentials(rmd.iceUfrag().orElseThrow(), rmd.icePwd().orElseThrow()),
                remote.iceLite(), client, UsableFingerprints.of(rmd), rmd.candidates(),
                remoteData.map(LegacyDataSection::sctpPort).orElse(java.util.OptionalInt.empty()),
                remoteData.map(MediaDescription::maxMessageSize).orElse(java.util.OptionalLong.empty())));
    }

    /** The first section that carries a transport: not rejected, not bundle-only. */
    static Optional<MediaDescription> firstLive(SessionDescription sdp) {
        for (MediaDescription m : sdp.media()) {
            if (!m.isRejected() && m.iceUfrag().isPresent()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

}
