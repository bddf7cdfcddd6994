package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * DATA (RFC 8656 §18.4): the application datagram in TURN Send and Data indications.
 *
 * <p>A decoded DATA shares the decoded message's private copy of the wire bytes instead of
 * copying the payload again; read it with {@link #asReadOnlyBuffer()} (no copy),
 * {@link #copyTo(byte[], int)} or {@link #toByteArray()}.
 */
public final class Data implements StunAttribute {
    private final byte[] buf;
    private final int off;
    private final int len;

    private Data(byte[] buf, int off, int len) {
        this.buf = buf;
        this.off = off;
        this.len = len;
    }

    /** DATA holding a copy of {@code bytes}. */
    public static Data of(byte[] bytes) {
        return new Data(bytes.clone(), 0, bytes.length);
    }

    /** DATA holding a copy of {@code bytes[off, off + len)}. */
    public static Data of(byte[] bytes, int off, int len) {
        Objects.checkFromIndexSize(off, len, bytes.length);
        return new Data(Arrays.copyOfRange(bytes, off, off + len), 0, len);
    }

    @Override
    public int type() {
        return StunAttributeType.DATA;
    }

    /** Payload length in bytes. */
    public int length() {
        return len;
    }

    /** A copy of the payload. */
    public byte[] toByteArray() {
        return Arrays.copyOfRange(buf, off, off + len);
    }

    /** A read-only view of the payload, without copying. */
    public ByteBuffer asReadOnlyBuffer() {
        return ByteBuffer.wrap(buf, off, len).slice().asReadOnlyBuffer();
    }

    /** Copies the payload into {@code dst} at {@code dstOff}. */
    public void copyTo(byte[] dst, int dstOff) {
        System.arraycopy(buf, off, dst, dstOff, len);
    }

    // The wire array belongs to an immutable StunMessage and is never handed out, so sharing it
    // keeps this value immutable.
    static Data decode(AttributeReader r) {
        return new Data(r.wire(), r.valueOffset(), r.length());
    }

    void encode(WireWriter w) {
        w.bytes(buf, off, len);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Data d && Arrays.equals(buf, off, off + len, d.buf, d.off, d.off + d.len);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = off; i < off + len; i++) {
            h = 31 * h + buf[i];
        }
        return h;
    }

    @Override
    public String toString() {
        return "Data[" + len + " bytes]";
    }
}
