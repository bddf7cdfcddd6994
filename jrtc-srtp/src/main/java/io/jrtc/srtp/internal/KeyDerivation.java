package io.jrtc.srtp.internal;

/**
 * The SRTP key derivation function, AES-CM PRF (RFC 3711 §4.3.1, §4.3.3), with key derivation
 * rate 0 as DTLS-SRTP uses (RFC 5764 §4.1.2): the PRF input is the master salt XOR (label << 48),
 * shifted left by 16 bits, and the output is the AES-CM keystream under the master key. The same
 * PRF with an AES-256 master key serves RFC 6188, and RFC 7714 §11 uses it with the 96-bit GCM
 * master salt (padded with zero bits on the right to the 112-bit input).
 */
public final class KeyDerivation {
    /** RFC 3711 §4.3.1 label: SRTP encryption key. */
    public static final int LABEL_RTP_ENCRYPTION = 0x00;
    /** RFC 3711 §4.3.1 label: SRTP authentication key. */
    public static final int LABEL_RTP_AUTH = 0x01;
    /** RFC 3711 §4.3.1 label: SRTP salt. */
    public static final int LABEL_RTP_SALT = 0x02;
    /** RFC 3711 §4.3.2 label: SRTCP encryption key. */
    public static final int LABEL_RTCP_ENCRYPTION = 0x03;
    /** RFC 3711 §4.3.2 label: SRTCP authentication key. */
    public static final int LABEL_RTCP_AUTH = 0x04;
    /** RFC 3711 §4.3.2 label: SRTCP salt. */
    public static final int LABEL_RTCP_SALT = 0x05;

    private KeyDerivation() {}

    /**
     * Derives {@code length} bytes for {@code label}.
     *
     * @param masterKey AES-128/192/256 master key
     * @param masterSalt master salt of at most 14 bytes
     */
    public static byte[] derive(byte[] masterKey, byte[] masterSalt, int label, int length) {
        if (masterSalt.length > 14) {
            throw new IllegalArgumentException("master salt of " + masterSalt.length + " bytes; at most 14");
        }
        byte[] x = new byte[16];
        System.arraycopy(masterSalt, 0, x, 0, masterSalt.length);
        // key_id = label || (index DIV kdr) is 7 bytes (index DIV 0 := 0), aligned with the salt's
        // low 56 bits: the label lands on byte 7 of the 14-byte x, then x * 2^16 (§4.3.3).
        x[7] ^= (byte) label;
        byte[] out = new byte[length];
        new AesCtr(masterKey).xorKeystream(x, out, 0, length);
        return out;
    }
}
