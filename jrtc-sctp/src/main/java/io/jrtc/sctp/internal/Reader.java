package io.jrtc.sctp.internal;

import io.jrtc.sctp.SctpParseException;

/** A bounds-checked big-endian reader over a slice of a byte array; every short read is a parse error. */
public final class Reader {
    private final byte[] buf;
    private final int end;
    private int pos;

    public Reader(byte[] buf, int offset, int length) {
        this.buf = buf;
        this.pos = offset;
        this.end = offset + length;
    }

    public int position() {
        return pos;
    }

    public int remaining() {
        return end - pos;
    }

    private void need(int n, String what) throws SctpParseException {
        if (n < 0 || end - pos < n) {
            throw new SctpParseException("truncated " + what + ": need " + n + " bytes, have " + (end - pos), pos);
        }
    }

    public int u8(String what) throws SctpParseException {
        need(1, what);
        return buf[pos++] & 0xff;
    }

    public int u16(String what) throws SctpParseException {
        need(2, what);
        int v = ((buf[pos] & 0xff) << 8) | (buf[pos + 1] & 0xff);
        pos += 2;
        return v;
    }

    public long u32(String what) throws SctpParseException {
        need(4, what);
        long v = ((long) (buf[pos] & 0xff) << 24) | ((buf[pos + 1] & 0xff) << 16)
                | ((buf[pos + 2] & 0xff) << 8) | (buf[pos + 3] & 0xff);
        pos += 4;
        return v;
    }

    public byte[] bytes(int n, String what) throws SctpParseException {
        need(n, what);
        byte[] out = new byte[n];
        System.arraycopy(buf, pos, out, 0, n);
        pos += n;
        return out;
    }

    /** A sub-reader over the next {@code n} bytes, which this reader skips. */
    public Reader slice(int n, String what) throws SctpParseException {
        need(n, what);
        Reader r = new Reader(buf, pos, n);
        pos += n;
        return r;
    }

    public void skip(int n, String what) throws SctpParseException {
        need(n, what);
        pos += n;
    }

    /** Skips up to 3 padding bytes to the next multiple of 4 relative to {@code origin}, if present. */
    public void skipPadding(int origin) {
        int pad = (4 - ((pos - origin) & 3)) & 3;
        pos += Math.min(pad, end - pos);
    }
}
