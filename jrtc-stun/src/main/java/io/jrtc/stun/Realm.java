package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * REALM (RFC 8489 §14.9): the long-term credential realm a server challenges with and a client
 * echoes; it is part of the long-term key ({@link StunCredentials#longTermKey}).
 */
public final class Realm implements TextAttribute {
    private final byte[] utf8;

    /** REALM with this text, sent as UTF-8. */
    public Realm(String value) {
        this(value.getBytes(StandardCharsets.UTF_8));
    }

    private Realm(byte[] utf8) {
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
        return StunAttributeType.REALM;
    }

    static Realm decode(AttributeReader r) {
        return new Realm(r.bytes(0, r.length()));
    }

    void encode(WireWriter w) {
        w.bytes(utf8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Realm t && Arrays.equals(utf8, t.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    @Override
    public String toString() {
        return "Realm[" + value() + "]";
    }
}
