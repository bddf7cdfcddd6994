package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;

/**
 * SOFTWARE (RFC 8489 §14.14): a textual description of the sending agent's software, for
 * diagnostics only.
 */
public final class Software extends Utf8Text implements TextAttribute {

    /** SOFTWARE with this text, sent as UTF-8. */
    public Software(String value) {
        super(utf8(value));
    }

    private Software(byte[] utf8) {
        super(utf8);
    }

    @Override
    public int type() {
        return StunAttributeType.SOFTWARE;
    }

    static Software decode(AttributeReader r) {
        return new Software(r.bytes(0, r.length()));
    }
}
