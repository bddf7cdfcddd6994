package io.jrtc.ice.turn;

import java.util.Arrays;

/**
 * Splits a TCP byte stream from a TURN server into messages (RFC 8656 §12.5, RFC 6544 §2.1
 * framing without the RFC 4571 length prefix): a STUN message is 20 bytes plus its length field;
 * a ChannelData message is 4 bytes plus its length rounded up to 4. Bytes arrive in arbitrary
 * chunks; a message may span many chunks and a chunk may hold many messages.
 *
 * <p>The stream cannot resynchronize after garbage, so a first byte that starts neither kind of
 * message makes the framer {@link #broken()} for good.
 */
final class StreamFramer {
    private byte[] buf = new byte[2048];
    private int start;
    private int end;
    private boolean broken;

    /** Appends a chunk of the stream. */
    void feed(byte[] chunk, int off, int len) {
        if (broken || len == 0) {
            return;
        }
        if (end + len > buf.length) {
            compact(len);
        }
        System.arraycopy(chunk, off, buf, end, len);
        end += len;
    }

    private void compact(int incoming) {
        int pending = end - start;
        if (pending + incoming > buf.length) {
            buf = Arrays.copyOfRange(buf, start, start + Math.max(buf.length * 2, pending + incoming));
        } else {
            System.arraycopy(buf, start, buf, 0, pending);
        }
        start = 0;
        end = pending;
    }

    /** The next complete message (STUN, or ChannelData with its padding), or null if none yet. */
    byte[] next() {
        int available = end - start;
        if (broken || available < 4) {
            return null;
        }
        int first = buf[start] & 0xFF;
        int length = (buf[start + 2] & 0xFF) << 8 | (buf[start + 3] & 0xFF);
        int total;
        if (first < 0x40) {
            total = 20 + length;
        } else if (first < 0x50) {
            total = 4 + ((length + 3) & ~3);
        } else {
            broken = true;
            return null;
        }
        if (available < total) {
            return null;
        }
        byte[] message = Arrays.copyOfRange(buf, start, start + total);
        start += total;
        if (start == end) {
            start = 0;
            end = 0;
        }
        return message;
    }

    /** True after the stream held something that is neither STUN nor ChannelData. */
    boolean broken() {
        return broken;
    }

    /** Bytes buffered but not yet returned as a message. */
    int buffered() {
        return end - start;
    }
}
