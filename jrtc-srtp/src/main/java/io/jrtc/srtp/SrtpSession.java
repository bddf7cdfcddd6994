package io.jrtc.srtp;

import java.util.Arrays;

/**
 * The two SRTP contexts of a DTLS-SRTP association: {@link #outbound()} protects what this side
 * sends, {@link #inbound()} unprotects what the peer sends.
 *
 * @param outbound protects with this side's write key
 * @param inbound unprotects with the peer's write key
 */
public record SrtpSession(SrtpContext outbound, SrtpContext inbound) {
    /** This side's DTLS role, which decides which half of the keying material is its own. */
    public enum Role {
        /** The DTLS client ({@code a=setup:active}). */
        CLIENT,
        /** The DTLS server ({@code a=setup:passive}). */
        SERVER
    }

    /**
     * Splits keying material exported from DTLS with label {@code EXTRACTOR-dtls_srtp} (RFC 5764
     * §4.2) into client key, server key, client salt, server salt, and builds the two contexts.
     *
     * @param material exactly {@link SrtpProfile#keyingMaterialLength()} bytes
     * @param role this side's DTLS role: the client's write key protects what the client sends
     */
    public static SrtpSession fromDtlsKeyingMaterial(SrtpProfile profile, byte[] material, Role role,
            SrtpConfig config) {
        if (material.length != profile.keyingMaterialLength()) {
            throw new IllegalArgumentException(profile + " needs " + profile.keyingMaterialLength()
                    + " bytes of DTLS keying material, got " + material.length);
        }
        int k = profile.keyLength();
        int s = profile.saltLength();
        SrtpMasterKey client = new SrtpMasterKey(Arrays.copyOfRange(material, 0, k),
                Arrays.copyOfRange(material, 2 * k, 2 * k + s));
        SrtpMasterKey server = new SrtpMasterKey(Arrays.copyOfRange(material, k, 2 * k),
                Arrays.copyOfRange(material, 2 * k + s, 2 * k + 2 * s));
        SrtpMasterKey local = role == Role.CLIENT ? client : server;
        SrtpMasterKey remote = role == Role.CLIENT ? server : client;
        return new SrtpSession(SrtpContext.create(profile, local, config), SrtpContext.create(profile, remote, config));
    }
}
