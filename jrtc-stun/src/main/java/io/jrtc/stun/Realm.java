package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;

/**
 * REALM (RFC 8489 §14.9): the long-term credential realm a server challenges with and a client
 * echoes; it is part of the long-term key ({@link StunCredentials#longTermKey}).
 */
public final class Realm extends Utf8Text implements TextAttribute {

    /** REALM with this text, sent as UTF-8. */
    public Realm(String value) {
        super(utf8(value));
    }

    private Realm(byte[] utf8) {
        super(utf8);
    }

    @Override
    public int type() {
        return StunAttributeType.REALM;
    }

    static Realm decode(AttributeReader r) {
        return new Realm(r.bytes(0, r.length()));
    }
}
