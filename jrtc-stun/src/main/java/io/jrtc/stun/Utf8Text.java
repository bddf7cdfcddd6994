package io.jrtc.stun;

import io.jrtc.stun.internal.WireWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The body shared by the text attributes: the value is kept as the bytes that were on the wire,
 * so re-encoding a decoded message reproduces it exactly even when a peer sent malformed UTF-8.
 */
abstract class Utf8Text {
    private final byte[] utf8;

    Utf8Text(byte[] utf8) {
        this.utf8 = utf8;
    }

    /** The text (malformed UTF-8 on the wire shows as U+FFFD). */
    public String value() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** A copy of the UTF-8 bytes as sent. */
    public byte[] bytes() {
        return utf8.clone();
    }

    static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    void encode(WireWriter w) {
        w.bytes(utf8);
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && Arrays.equals(utf8, ((Utf8Text) o).utf8);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode() * 31 + Arrays.hashCode(utf8);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + value() + "]";
    }
}
