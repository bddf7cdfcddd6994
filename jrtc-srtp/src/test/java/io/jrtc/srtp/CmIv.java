package io.jrtc.srtp;

/** The RFC 3711 §4.1.1 counter-mode IV, built independently of the implementation for the tests. */
final class CmIv {
    private CmIv() {}

    /** (salt * 2^16) XOR (SSRC * 2^64) XOR (index * 2^16). */
    static void rtp(byte[] iv, byte[] salt, int ssrc, long index) {
        java.math.BigInteger x = new java.math.BigInteger(1, salt).shiftLeft(16)
                .xor(java.math.BigInteger.valueOf(ssrc & 0xFFFF_FFFFL).shiftLeft(64))
                .xor(java.math.BigInteger.valueOf(index).shiftLeft(16));
        byte[] b = x.toByteArray();
        java.util.Arrays.fill(iv, (byte) 0);
        int n = Math.min(16, b.length);
        System.arraycopy(b, b.length - n, iv, 16 - n, n);
    }
}
