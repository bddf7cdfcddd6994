package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * SOFTWARE (RFC 8489 §14.14): a textual description of the sending agent's software, for
 * diagnostics only.
 */
public final class Software implements TextAttribute {
    private final byte[] utf8;

    /** SOFTWARE with this text, sent as UTF-8. */
    public Software(String value) {
        this(value.getBytes(StandardCharsets.UTF_8));
    }

    private Software(byte[] utf8) {
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
        return StunAttributeType.SOFTWARE;
    }

    static Software decode(AttributeReader r) {
        return new Software(r.bytes(0, r.length()));
    }

    void encode(WireWriter w) {
        w.bytes(utf8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Software t && Arrays.equals(utf8, t.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    @Override
    public String toString() {
        return "Software[" + value() + "]";
    }
}
