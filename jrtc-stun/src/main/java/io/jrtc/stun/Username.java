package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;

/**
 * USERNAME (RFC 8489 §14.3): identifies the credentials used for MESSAGE-INTEGRITY. ICE sends
 * {@code "remoteUfrag:localUfrag"} (RFC 8445 §7.2.2); TURN sends the long-term username. RFC 8489
 * limits it to fewer than 509 bytes on sending; the decoder accepts any length that fits the
 * message.
 */
public final class Username extends Utf8Text implements TextAttribute {

    /** USERNAME with this text, sent as UTF-8. */
    public Username(String value) {
        super(utf8(value));
    }

    private Username(byte[] utf8) {
        super(utf8);
    }

    @Override
    public int type() {
        return StunAttributeType.USERNAME;
    }

    static Username decode(AttributeReader r) {
        return new Username(r.bytes(0, r.length()));
    }
}
