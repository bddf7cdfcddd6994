package io.jrtc.rtp;

/** Walks RFC 8285 header extension elements (one-byte §4.2, two-byte §4.3) without allocating. */
final class ExtensionElements {
    private ExtensionElements() {}

    /**
     * Finds element {@code id} in the extension data {@code buf[at, at+length)}.
     *
     * @return {@code dataOffset << 32 | dataLength}, or -1 if absent, malformed or not RFC 8285
     */
    static long find(byte[] buf, int at, int length, int profile, int id) {
        if (at < 0 || id <= 0) {
            return -1;
        }
        if (profile == RtpHeader.ONE_BYTE_PROFILE) {
            return id < 15 ? findOneByte(buf, at, at + length, id) : -1;
        }
        if (profile >= 0 && (profile & 0xFFF0) == RtpHeader.TWO_BYTE_PROFILE) {
            return id < 256 ? findTwoByte(buf, at, at + length, id) : -1;
        }
        return -1;
    }

    private static long findOneByte(byte[] buf, int pos, int end, int id) {
        while (pos < end) {
            int b = buf[pos] & 0xFF;
            if (b == 0) { // §4.2: a zero byte is padding
                pos++;
                continue;
            }
            int elementId = b >> 4;
            if (elementId == 15) { // §4.2: ID 15 is reserved; stop processing
                return -1;
            }
            int dataLength = (b & 0x0F) + 1;
            int data = pos + 1;
            if (data + dataLength > end) {
                return -1;
            }
            if (elementId == id) {
                return (long) data << 32 | dataLength;
            }
            pos = data + dataLength;
        }
        return -1;
    }

    private static long findTwoByte(byte[] buf, int pos, int end, int id) {
        while (pos < end) {
            int elementId = buf[pos] & 0xFF;
            if (elementId == 0) { // §4.3: a zero byte is padding
                pos++;
                continue;
            }
            if (pos + 2 > end) {
                return -1;
            }
            int dataLength = buf[pos + 1] & 0xFF;
            int data = pos + 2;
            if (data + dataLength > end) {
                return -1;
            }
            if (elementId == id) {
                return (long) data << 32 | dataLength;
            }
            pos = data + dataLength;
        }
        return -1;
    }
}
