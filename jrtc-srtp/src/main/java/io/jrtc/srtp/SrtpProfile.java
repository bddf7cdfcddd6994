package io.jrtc.srtp;

/**
 * SRTP protection profiles: cipher, key and salt lengths, and tag lengths for SRTP and SRTCP.
 *
 * <p>The DTLS-SRTP identifiers are those of the IANA "DTLS-SRTP Protection Profiles" registry
 * (RFC 5764 §4.1.2, RFC 7714 §14.2). The AES-256 counter-mode profiles of RFC 6188 have no
 * DTLS-SRTP identifier ({@link #dtlsId()} is -1); they exist for SDES peers and RFC 6188's vectors.
 */
public enum SrtpProfile {
    /** AES-128 counter mode, HMAC-SHA1 80-bit tag (RFC 5764 §4.1.2, id 0x0001). */
    AES128_CM_HMAC_SHA1_80(0x0001, 16, 14, 20, 10, 10, false),
    /** AES-128 counter mode, HMAC-SHA1 32-bit SRTP tag; SRTCP keeps the 80-bit tag (RFC 5764 §4.1.2). */
    AES128_CM_HMAC_SHA1_32(0x0002, 16, 14, 20, 4, 10, false),
    /** AES-128-GCM, 16-byte tag, 12-byte salt (RFC 7714 §14.2, id 0x0007). */
    AEAD_AES_128_GCM(0x0007, 16, 12, 0, 16, 16, true),
    /** AES-256-GCM, 16-byte tag, 12-byte salt (RFC 7714 §14.2, id 0x0008). */
    AEAD_AES_256_GCM(0x0008, 32, 12, 0, 16, 16, true),
    /** AES-256 counter mode, HMAC-SHA1 80-bit tag (RFC 6188 §5; no DTLS-SRTP id). */
    AES256_CM_HMAC_SHA1_80(-1, 32, 14, 20, 10, 10, false),
    /** AES-256 counter mode, HMAC-SHA1 32-bit SRTP tag, 80-bit SRTCP tag (RFC 6188 §5). */
    AES256_CM_HMAC_SHA1_32(-1, 32, 14, 20, 4, 10, false);

    private final int dtlsId;
    private final int keyLength;
    private final int saltLength;
    private final int authKeyLength;
    private final int rtpTagLength;
    private final int rtcpTagLength;
    private final boolean aead;

    SrtpProfile(int dtlsId, int keyLength, int saltLength, int authKeyLength, int rtpTagLength,
            int rtcpTagLength, boolean aead) {
        this.dtlsId = dtlsId;
        this.keyLength = keyLength;
        this.saltLength = saltLength;
        this.authKeyLength = authKeyLength;
        this.rtpTagLength = rtpTagLength;
        this.rtcpTagLength = rtcpTagLength;
        this.aead = aead;
    }

    /** The DTLS-SRTP protection profile identifier (use_srtp, RFC 5764 §4.1.2), or -1. */
    public int dtlsId() {
        return dtlsId;
    }

    /** Master (and session) encryption key length in bytes. */
    public int keyLength() {
        return keyLength;
    }

    /** Master (and session) salt length in bytes: 14 for counter mode, 12 for GCM. */
    public int saltLength() {
        return saltLength;
    }

    /** Session authentication key length in bytes (0 for AEAD profiles). */
    public int authKeyLength() {
        return authKeyLength;
    }

    /** Bytes an SRTP packet grows by when protected (the tag). */
    public int rtpTagLength() {
        return rtpTagLength;
    }

    /** The SRTCP authentication tag length in bytes. */
    public int rtcpTagLength() {
        return rtcpTagLength;
    }

    /** Bytes an SRTCP packet grows by: the tag plus the 4-byte E-flag and index word. */
    public int rtcpOverhead() {
        return rtcpTagLength + 4;
    }

    /** True for the AES-GCM profiles of RFC 7714. */
    public boolean isAead() {
        return aead;
    }

    /** Length of the keying material to export from DTLS for this profile: 2 keys + 2 salts (RFC 5764 §4.2). */
    public int keyingMaterialLength() {
        return 2 * (keyLength + saltLength);
    }

    /** The profile with DTLS-SRTP identifier {@code id}, or null if none. */
    public static SrtpProfile fromDtlsId(int id) {
        for (SrtpProfile p : values()) {
            if (p.dtlsId == id && id >= 0) {
                return p;
            }
        }
        return null;
    }
}
