package io.jrtc.sctp.internal;

import java.util.Arrays;

/** A growable big-endian byte writer for encoding packets and chunks. */
public final class Writer {
    private byte[] buf;
    private int pos;

    public Writer(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    private void ensure(int n) {
        if (pos + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }
    }

    /** Starts over at position 0, keeping the buffer (its old content is overwritten as written). */
    public Writer reset() {
        pos = 0;
        return this;
    }

    public int position() {
        return pos;
    }

    public Writer u8(int v) {
        ensure(1);
        buf[pos++] = (byte) v;
        return this;
    }

    public Writer u16(int v) {
        ensure(2);
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
        return this;
    }

    public Writer u32(long v) {
        ensure(4);
        buf[pos++] = (byte) (v >>> 24);
        buf[pos++] = (byte) (v >>> 16);
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
        return this;
    }

    public Writer bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    public Writer bytes(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, pos, len);
        pos += len;
        return this;
    }

    /** {@code n} zero bytes. */
    public Writer zeros(int n) {
        ensure(n);
        Arrays.fill(buf, pos, pos + n, (byte) 0);
        pos += n;
        return this;
    }

    /** Zero padding up to the next multiple of 4 relative to {@code origin}. */
    public Writer pad(int origin) {
        int pad = (4 - ((pos - origin) & 3)) & 3;
        ensure(pad);
        for (int i = 0; i < pad; i++) {
            buf[pos++] = 0; // explicitly: a reused buffer holds old bytes
        }
        return this;
    }

    /** Overwrites a 16-bit value at an earlier position (chunk and parameter lengths). */
    public void putU16At(int at, int v) {
        buf[at] = (byte) (v >>> 8);
        buf[at + 1] = (byte) v;
    }

    public void putU32At(int at, long v) {
        buf[at] = (byte) (v >>> 24);
        buf[at + 1] = (byte) (v >>> 16);
        buf[at + 2] = (byte) (v >>> 8);
        buf[at + 3] = (byte) v;
    }

    public byte[] array() {
        return buf;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }
}
