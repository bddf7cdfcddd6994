package io.jrtc.dtls;

/**
 * The SRTP protection profiles WebRTC negotiates through the DTLS {@code use_srtp} extension, with
 * their registry ids (RFC 5764 §4.1.2, RFC 7714 §14.2) and the key and salt lengths that size the
 * exported keying material (RFC 5764 §4.2).
 */
public enum SrtpProfile {
    /** AES-128 counter mode with an 80-bit HMAC-SHA1 tag (RFC 5764 §4.1.2). */
    SRTP_AES128_CM_HMAC_SHA1_80(0x0001, 16, 14),
    /** AES-128 counter mode with a 32-bit HMAC-SHA1 tag (RFC 5764 §4.1.2). */
    SRTP_AES128_CM_HMAC_SHA1_32(0x0002, 16, 14),
    /** AEAD AES-128-GCM (RFC 7714 §14.2). */
    SRTP_AEAD_AES_128_GCM(0x0007, 16, 12),
    /** AEAD AES-256-GCM (RFC 7714 §14.2). */
    SRTP_AEAD_AES_256_GCM(0x0008, 32, 12);

    private final int id;
    private final int keyLength;
    private final int saltLength;

    SrtpProfile(int id, int keyLength, int saltLength) {
        this.id = id;
        this.keyLength = keyLength;
        this.saltLength = saltLength;
    }

    /** The two-byte SRTPProtectionProfile value on the wire. */
    public int id() {
        return id;
    }

    /** Master key length in bytes. */
    public int keyLength() {
        return keyLength;
    }

    /** Master salt length in bytes. */
    public int saltLength() {
        return saltLength;
    }

    /**
     * How many bytes to export with the {@code EXTRACTOR-dtls_srtp} label: a key and a salt for
     * each direction (RFC 5764 §4.2).
     */
    public int keyingMaterialLength() {
        return 2 * (keyLength + saltLength);
    }

    /** The profile with this wire id, or null if it is not one of these four. */
    public static SrtpProfile fromId(int id) {
        for (SrtpProfile p : values()) {
            if (p.id == id) {
                return p;
            }
        }
        return null;
    }
}
