package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * USERNAME (RFC 8489 §14.3): identifies the credentials used for MESSAGE-INTEGRITY. ICE sends
 * {@code "remoteUfrag:localUfrag"} (RFC 8445 §7.2.2); TURN sends the long-term username. RFC 8489
 * limits it to fewer than 509 bytes on sending; the decoder accepts any length that fits the
 * message.
 */
public final class Username implements TextAttribute {
    private final byte[] utf8;

    /** USERNAME with this text, sent as UTF-8. */
    public Username(String value) {
        this(value.getBytes(StandardCharsets.UTF_8));
    }

    private Username(byte[] utf8) {
        this.utf8 = utf8;
    }

    @Override
    public String value() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] bytes() {
        return utf8.clone();
    }

    @Override
    public int type() {
        return StunAttributeType.USERNAME;
    }

    static Username decode(AttributeReader r) {
        return new Username(r.bytes(0, r.length()));
    }

    void encode(WireWriter w) {
        w.bytes(utf8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Username t && Arrays.equals(utf8, t.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    @Override
    public String toString() {
        return "Username[" + value() + "]";
    }
}
