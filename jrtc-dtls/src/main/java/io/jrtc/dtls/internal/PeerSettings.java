package io.jrtc.dtls.internal;

import io.jrtc.dtls.DtlsFingerprint;
import io.jrtc.dtls.SrtpProfile;
import java.time.InstantSource;
import java.util.List;

/**
 * What the BC client and server callbacks need from the configuration.
 *
 * @param crypto BC's JCA crypto over the JDK providers, for this handshake only
 * @param signingKey our certificate's key
 * @param certificateDer our certificate
 * @param certificate our certificate as the JDK parsed it once, or null to parse {@code certificateDer}
 * @param ecdsa whether our key is ECDSA (else RSA)
 * @param remoteFingerprints the peer's fingerprints from its SDP; its certificate must match one
 * @param srtpProfiles use_srtp profiles in our order of preference; empty for none
 * @param resendMillis the initial retransmission wait handed to BC, in wall-clock milliseconds
 * @param clock the wall clock the peer certificate's validity period is checked against
 */
public record PeerSettings(WebRtcCrypto crypto, SigningKey signingKey, byte[] certificateDer,
        java.security.cert.X509Certificate certificate, boolean ecdsa,
        List<DtlsFingerprint> remoteFingerprints, List<SrtpProfile> srtpProfiles, int resendMillis,
        InstantSource clock) {}
