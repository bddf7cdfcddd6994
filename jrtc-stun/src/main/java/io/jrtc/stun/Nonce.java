package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * NONCE (RFC 8489 §14.10): the server's opaque nonce for long-term credentials, echoed by the
 * client. With RFC 8489 security features the nonce starts with the {@code "obMatJos2"} cookie and
 * encoded feature bits (§9.2); this type keeps the text as is.
 */
public final class Nonce implements TextAttribute {
    private final byte[] utf8;

    /** NONCE with this text, sent as UTF-8. */
    public Nonce(String value) {
        this(value.getBytes(StandardCharsets.UTF_8));
    }

    private Nonce(byte[] utf8) {
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
        return StunAttributeType.NONCE;
    }

    static Nonce decode(AttributeReader r) {
        return new Nonce(r.bytes(0, r.length()));
    }

    void encode(WireWriter w) {
        w.bytes(utf8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nonce t && Arrays.equals(utf8, t.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    @Override
    public String toString() {
        return "Nonce[" + value() + "]";
    }
}
