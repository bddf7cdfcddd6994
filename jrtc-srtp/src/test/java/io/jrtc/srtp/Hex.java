package io.jrtc.srtp;

import java.util.Arrays;
import java.util.HexFormat;

/** Hex in RFC layout (spaces and line breaks allowed) to bytes, and back. */
final class Hex {
    private Hex() {}

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replaceAll("\\s", ""));
    }

    static String str(byte[] b, int off, int len) {
        return HexFormat.of().formatHex(Arrays.copyOfRange(b, off, off + len));
    }

    /** {@code b} copied into a buffer with {@code room} spare bytes at the end. */
    static byte[] withRoom(byte[] b, int room) {
        return Arrays.copyOf(b, b.length + room);
    }
}
