package io.jrtc.stun.internal;

import java.util.Arrays;

/** A growable big-endian byte buffer for encoding messages. */
public final class WireWriter {
    private byte[] buf;
    private int pos;

    public WireWriter(int capacity) {
        buf = new byte[Math.max(capacity, 32)];
    }

    /** Bytes written so far. */
    public int position() {
        return pos;
    }

    /** The live backing array; valid up to {@link #position()}. */
    public byte[] array() {
        return buf;
    }

    public void u8(int v) {
        ensure(1);
        buf[pos++] = (byte) v;
    }

    public void u16(int v) {
        ensure(2);
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
    }

    public void u32(long v) {
        u16((int) (v >>> 16));
        u16((int) v);
    }

    public void u64(long v) {
        u32(v >>> 32);
        u32(v);
    }

    public void bytes(byte[] b) {
        bytes(b, 0, b.length);
    }

    public void bytes(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, pos, len);
        pos += len;
    }

    /** Overwrites two bytes already written at {@code at}. */
    public void setU16(int at, int v) {
        buf[at] = (byte) (v >>> 8);
        buf[at + 1] = (byte) v;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    private void ensure(int n) {
        if (pos + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }
    }
}
