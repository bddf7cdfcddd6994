package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;

/**
 * NONCE (RFC 8489 §14.10): the server's opaque nonce for long-term credentials, echoed by the
 * client. With RFC 8489 security features the nonce starts with the {@code "obMatJos2"} cookie and
 * encoded feature bits (§9.2); this type keeps the text as is.
 */
public final class Nonce extends Utf8Text implements TextAttribute {

    /** NONCE with this text, sent as UTF-8. */
    public Nonce(String value) {
        super(utf8(value));
    }

    private Nonce(byte[] utf8) {
        super(utf8);
    }

    @Override
    public int type() {
        return StunAttributeType.NONCE;
    }

    static Nonce decode(AttributeReader r) {
        return new Nonce(r.bytes(0, r.length()));
    }
}
