package io.jrtc.srtp.internal;

import static io.jrtc.srtp.internal.KeyDerivation.derive;

import io.jrtc.srtp.SrtpProfile;

/** Builds a profile's transform from a master key and salt (RFC 3711 §4.3, RFC 7714 §11). */
public final class Transforms {
    private Transforms() {}

    /** Derives the six session keys for {@code profile} and builds its transform. */
    public static Transform fromMasterKey(SrtpProfile profile, byte[] key, byte[] salt) {
        int k = profile.keyLength();
        int s = profile.saltLength();
        byte[] rtpKey = derive(key, salt, KeyDerivation.LABEL_RTP_ENCRYPTION, k);
        byte[] rtpSalt = derive(key, salt, KeyDerivation.LABEL_RTP_SALT, s);
        byte[] rtcpKey = derive(key, salt, KeyDerivation.LABEL_RTCP_ENCRYPTION, k);
        byte[] rtcpSalt = derive(key, salt, KeyDerivation.LABEL_RTCP_SALT, s);
        if (profile.isAead()) {
            return new GcmTransform(rtpKey, rtpSalt, rtcpKey, rtcpSalt);
        }
        int a = profile.authKeyLength();
        return new CmTransform(rtpKey, rtpSalt, derive(key, salt, KeyDerivation.LABEL_RTP_AUTH, a), rtcpKey,
                rtcpSalt, derive(key, salt, KeyDerivation.LABEL_RTCP_AUTH, a), profile.rtpTagLength(),
                profile.rtcpTagLength());
    }
}
