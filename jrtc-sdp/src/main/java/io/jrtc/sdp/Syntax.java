package io.jrtc.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * Small checks shared by the line and attribute parsers. Every check that fails throws {@link
 * IllegalArgumentException}; the parser turns it into an {@link SdpParseException} that names the
 * line and the syntax that was expected.
 */
final class Syntax {
    private Syntax() {}

    /** Fails unless {@code condition} holds. */
    static void require(boolean condition) {
        if (!condition) {
            throw new IllegalArgumentException("malformed");
        }
    }

    /** Fails unless {@code condition} holds, with a message for builder users. */
    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Fails unless {@code condition} holds; the message is only built on failure. */
    static void require(boolean condition, String message, String value) {
        if (!condition) {
            throw new IllegalArgumentException(message + ": '" + value + "'");
        }
    }

    /** Fails unless {@code condition} holds; the message is only built on failure. */
    static void require(boolean condition, String message, long value) {
        if (!condition) {
            throw new IllegalArgumentException(message + ": " + value);
        }
    }

    /**
     * RFC 8866 section 9: {@code token-char = %x21 / %x23-27 / %x2A-2B / %x2D-2E / %x30-39 /
     * %x41-5A / %x5E-7E}.
     */
    static boolean isTokenChar(char c) {
        return c < 128 && TOKEN_CHARS[c];
    }

    private static final boolean[] TOKEN_CHARS = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            TOKEN_CHARS[c] = computeTokenChar(c);
        }
    }

    private static boolean computeTokenChar(char c) {
        return c == 0x21
                || (c >= 0x23 && c <= 0x27)
                || c == 0x2a
                || c == 0x2b
                || c == 0x2d
                || c == 0x2e
                || (c >= 0x30 && c <= 0x39)
                || (c >= 0x41 && c <= 0x5a)
                || (c >= 0x5e && c <= 0x7e);
    }

    /** RFC 8866 section 9: {@code token = 1*(token-char)}. */
    static boolean isToken(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isTokenChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True if {@code s} from {@code from} to {@code to} is a token (RFC 8866 section 9). */
    static boolean isToken(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isTokenChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Returns {@code s} if it is a token (RFC 8866 section 9), else fails. */
    static String token(String s) {
        require(isToken(s), "not an SDP token", s);
        return s;
    }

    /** RFC 8839 section 5.1: {@code ice-char = ALPHA / DIGIT / "+" / "/"}. */
    static boolean isIceChars(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '+' || c == '/';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Visible text without spaces (RFC 8866 {@code non-ws-string}, restricted to what we can check). */
    static boolean isWord(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Returns {@code s} if it is a non-empty string without spaces or controls, else fails. */
    static String word(String s) {
        require(isWord(s), "not a word without spaces", s);
        return s;
    }

    /** Fails if {@code s} contains a character no SDP line may hold (NUL, CR, LF). */
    static String lineText(String s) {
        require(s != null, "text is null");
        // String.indexOf is vectorized; this check runs on every line several times.
        require(s.indexOf(0) < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0,
                "SDP text must not contain NUL, CR or LF");
        return s;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** True if {@code s} is one or more ASCII digits (unlike {@link Long#parseLong}, no sign). */
    static boolean isDigits(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Parses ASCII digits into a long within {@code [min, max]}, else fails. */
    static long number(String s, long min, long max) {
        require(isDigits(s) && s.length() <= 19, "not a number", s);
        long value = Long.parseLong(s);
        if (value < min || value > max) {
            throw new IllegalArgumentException("out of range [" + min + ", " + max + "]: " + s);
        }
        return value;
    }

    /** Parses ASCII digits into an int within {@code [min, max]}, else fails. */
    static int integer(String s, int min, int max) {
        return (int) number(s, min, max);
    }

    /** Parses a port number, 0 to 65535. */
    static int port(String s) {
        return integer(s, 0, 65535);
    }

    /** Parses an RTP payload type, 0 to 127 (RFC 3550 section 5.1). */
    static int payloadType(String s) {
        return integer(s, 0, 127);
    }

    /** Splits on single spaces; fails on an empty value or on empty pieces (double spaces). */
    static List<String> words(String s) {
        require(s != null && !s.isEmpty());
        List<String> out = new ArrayList<>();
        int start = 0;
        while (true) {
            int sp = s.indexOf(' ', start);
            String piece = sp < 0 ? s.substring(start) : s.substring(start, sp);
            require(!piece.isEmpty());
            out.add(piece);
            if (sp < 0) {
                return out;
            }
            start = sp + 1;
        }
    }

    /** Splits on {@code separator} keeping empty pieces, like {@code split(sep, -1)}. */
    static List<String> split(String s, char separator) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (true) {
            int at = s.indexOf(separator, start);
            if (at < 0) {
                out.add(s.substring(start));
                return out;
            }
            out.add(s.substring(start, at));
            start = at + 1;
        }
    }
}
