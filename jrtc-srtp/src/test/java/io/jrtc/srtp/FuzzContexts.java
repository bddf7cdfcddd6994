package io.jrtc.srtp;

import static io.jrtc.srtp.Hex.hex;

import io.jrtc.srtp.internal.GcmTransform;

/**
 * Receiver contexts for the fuzz targets and the mutation test, keyed so that the published vectors
 * (libsrtp's counter-mode packets, RFC 7714's GCM packets) authenticate: seeds built from them reach
 * past the tag check. The first input byte picks the context.
 */
final class FuzzContexts {
    private FuzzContexts() {}

    static final int COUNT = 4;

    static SrtpContext receiver(int selector) {
        return switch (Math.floorMod(selector, COUNT)) {
            case 0 -> SrtpContext.create(SrtpProfile.AES128_CM_HMAC_SHA1_80,
                    new SrtpMasterKey(hex("e1f97a0d3e018be0d64fa32c06de4139"), hex("0ec675ad498afeebb6960b3aabe6")),
                    SrtpConfig.defaults());
            case 1 -> SrtpContext.create(SrtpProfile.AES256_CM_HMAC_SHA1_32,
                    new SrtpMasterKey(hex("f0f04914b513f2763a1b1fa130f10e2998f6f6e43e4309d1e622a0e332b9f1b6"),
                            hex("3b04803de51ee7c96423ab5b78d2")), SrtpConfig.defaults());
            case 2 -> new SrtpContext(SrtpProfile.AEAD_AES_128_GCM, SrtpConfig.defaults(), new GcmTransform(
                    Rfc7714VectorsTest.KEY128, Rfc7714VectorsTest.SALT, Rfc7714VectorsTest.KEY128, Rfc7714VectorsTest.SALT));
            default -> new SrtpContext(SrtpProfile.AEAD_AES_256_GCM, SrtpConfig.defaults(), new GcmTransform(
                    Rfc7714VectorsTest.KEY256, Rfc7714VectorsTest.SALT, Rfc7714VectorsTest.KEY256, Rfc7714VectorsTest.SALT));
        };
    }

    /**
     * Unprotects {@code data[1..]} as SRTP or SRTCP with context {@code data[0]}, twice (the second
     * time must be a replay if the first succeeded). Nothing may throw, and results are a length
     * within the input or an {@link SrtpError}.
     */
    static int check(byte[] data, boolean rtcp) {
        if (data.length == 0) {
            return -1;
        }
        SrtpContext c = receiver(data[0]);
        int len = data.length - 1;
        byte[] buf = new byte[len + 8];
        System.arraycopy(data, 1, buf, 3, len);
        byte[] copy = buf.clone();
        int r = rtcp ? c.unprotectRtcp(buf, 3, len) : c.unprotectRtp(buf, 3, len);
        if (r >= 0 ? r > len : SrtpError.of(r) == null) {
            throw new AssertionError("result " + r + " for a " + len + "-byte packet");
        }
        if (r >= 0) {
            int again = rtcp ? c.unprotectRtcp(copy, 3, len) : c.unprotectRtp(copy, 3, len);
            if (again != SrtpError.REPLAYED.code()) {
                throw new AssertionError("a packet accepted twice: " + SrtpError.of(again));
            }
        }
        return r;
    }
}
