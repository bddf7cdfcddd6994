package io.jrtc.sctp.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The state cookie (RFC 9260 §5.1.3): everything needed to build the association from a COOKIE
 * ECHO, so that the INIT receiver keeps no state, authenticated with HMAC-SHA256 under a key only
 * this association knows, and stamped with its creation time for the lifetime check (§5.1.5).
 * The tie-tags are the tags of the association that existed when the INIT arrived (0 if none):
 * they tell a peer restart from a stale or forged cookie (§5.2.2, §5.2.4).
 */
public record StateCookie(long localTag, long peerTag, long localInitialTsn, long peerInitialTsn,
        long peerRwnd, int peerOutbound, int peerInbound, int features, long createdAt,
        long localTieTag, long peerTieTag) {
    public static final int FEATURE_FORWARD_TSN = 1;
    public static final int FEATURE_IDATA = 2;
    public static final int FEATURE_RECONFIG = 4;
    public static final int FEATURE_ZERO_CHECKSUM = 8;
    private static final int BODY = 4 * 5 + 2 + 2 + 1 + 8 + 4 + 4;
    private static final int MAC = 32;

    public boolean has(int feature) {
        return (features & feature) != 0;
    }

    public byte[] seal(byte[] key) {
        Writer w = new Writer(BODY + MAC);
        w.u32(localTag).u32(peerTag).u32(localInitialTsn).u32(peerInitialTsn).u32(peerRwnd)
                .u16(peerOutbound).u16(peerInbound).u8(features).u32(createdAt >>> 32).u32(createdAt)
                .u32(localTieTag).u32(peerTieTag);
        w.bytes(mac(key, w.toByteArray()));
        return w.toByteArray();
    }

    /** The cookie if its length and MAC are right, else null. */
    public static StateCookie open(byte[] key, byte[] cookie) {
        if (cookie.length != BODY + MAC) {
            return null;
        }
        byte[] body = java.util.Arrays.copyOf(cookie, BODY);
        byte[] tag = java.util.Arrays.copyOfRange(cookie, BODY, BODY + MAC);
        if (!MessageDigest.isEqual(tag, mac(key, body))) {
            return null;
        }
        try {
            Reader r = new Reader(body, 0, BODY);
            return new StateCookie(r.u32("t"), r.u32("t"), r.u32("t"), r.u32("t"), r.u32("w"), r.u16("o"),
                    r.u16("i"), r.u8("f"), (r.u32("c") << 32) | r.u32("c"), r.u32("l"), r.u32("p"));
        } catch (io.jrtc.sctp.SctpParseException e) {
            return null; // unreachable: the length was checked
        }
    }

    private static byte[] mac(byte[] key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }
}
