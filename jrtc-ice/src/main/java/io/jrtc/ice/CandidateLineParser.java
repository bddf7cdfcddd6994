package io.jrtc.ice;

import io.jrtc.ice.internal.IpLiteral;

/**
 * Parses a candidate line (RFC 8839 §5.1):
 *
 * <pre>
 * candidate-attribute = "candidate" ":" foundation SP component-id SP transport SP priority SP
 *                       connection-address SP port SP cand-type [SP rel-addr] [SP rel-port]
 *                       *(SP cand-extension)
 * </pre>
 *
 * Fields are separated by single spaces; browsers never send more, and a stray double space is
 * reported rather than guessed around.
 */
final class CandidateLineParser {
    private static final int MAX_FOUNDATION = 32;
    private static final long MAX_PRIORITY = 0xFFFF_FFFFL;

    private final String line;
    private int pos;

    private CandidateLineParser(String line, int start) {
        this.line = line;
        this.pos = start;
    }

    static IceCandidate parse(String line) throws IceCandidateParseException {
        int start = line.startsWith("a=") ? 2 : 0;
        if (!line.regionMatches(true, start, "candidate:", 0, 10)) {
            throw new IceCandidateParseException("line must start with \"candidate:\"", start);
        }
        return new CandidateLineParser(line, start + 10).parseFields();
    }

    private IceCandidate parseFields() throws IceCandidateParseException {
        IceCandidate.Builder b = IceCandidate.builder();
        b.foundation(foundation());
        b.component((int) number("component-id", 3, 1, 256));
        b.transport(token("transport"));
        b.priority(number("priority", 10, 0, MAX_PRIORITY));
        b.address(address("connection-address"));
        b.port((int) number("port", 5, 0, 65535));
        keyword("typ");
        int typeAt = pos;
        String typeName = token("cand-type");
        IceCandidateType type = IceCandidateType.fromString(typeName);
        if (type == null) {
            throw new IceCandidateParseException("unknown candidate type \"" + typeName + "\"", typeAt);
        }
        b.type(type);
        parseTail(b);
        return b.buildParsed();
    }

    /** raddr, rport, then extensions: name value pairs of non-space characters. */
    private void parseTail(IceCandidate.Builder b) throws IceCandidateParseException {
        String raddr = null;
        int rport = -1;
        if (peekWord("raddr")) {
            keyword("raddr");
            raddr = address("rel-addr");
        }
        if (peekWord("rport")) {
            keyword("rport");
            rport = (int) number("rel-port", 5, 0, 65535);
        }
        if (raddr != null || rport >= 0) {
            b.related(raddr, rport);
        }
        while (pos < line.length()) {
            String name = token("extension name");
            String value = word("extension value");
            if (name.equals("tcptype") && IceTcpType.fromString(value) == null) {
                throw new IceCandidateParseException("unknown tcptype \"" + value + "\"", pos - value.length());
            }
            b.extension(name, value);
        }
    }

    private String foundation() throws IceCandidateParseException {
        int at = pos;
        String f = word("foundation");
        if (f.length() > MAX_FOUNDATION) {
            throw new IceCandidateParseException("foundation longer than 32 characters", at);
        }
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (!isAlnum(c) && c != '+' && c != '/') {
                throw new IceCandidateParseException("foundation holds '" + c + "', not an ice-char", at + i);
            }
        }
        return f;
    }

    private long number(String field, int maxDigits, long min, long max) throws IceCandidateParseException {
        int at = pos;
        String w = word(field);
        if (w.length() > maxDigits) {
            throw new IceCandidateParseException(field + " has more than " + maxDigits + " digits", at);
        }
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                throw new IceCandidateParseException(field + " is not a number: \"" + w + "\"", at + i);
            }
        }
        long v = Long.parseLong(w);
        if (v < min || v > max) {
            throw new IceCandidateParseException(field + " " + v + " is outside " + min + "-" + max, at);
        }
        return v;
    }

    /** An IP literal or a host name (mDNS); names are checked for their characters only. */
    private String address(String field) throws IceCandidateParseException {
        int at = pos;
        String w = word(field);
        if (IpLiteral.parse(w) != null) {
            return w;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!isAlnum(c) && c != '-' && c != '.') {
                throw new IceCandidateParseException(field + " is neither an IP address nor a host name", at + i);
            }
        }
        return w;
    }

    private String token(String field) throws IceCandidateParseException {
        int at = pos;
        String w = word(field);
        for (int i = 0; i < w.length(); i++) {
            if (!isTokenChar(w.charAt(i))) {
                throw new IceCandidateParseException(field + " holds '" + w.charAt(i) + "', not a token character", at + i);
            }
        }
        return w;
    }

    private void keyword(String expected) throws IceCandidateParseException {
        int at = pos;
        String w = word(expected);
        if (!w.equals(expected)) {
            throw new IceCandidateParseException("expected \"" + expected + "\", found \"" + w + "\"", at);
        }
    }

    private boolean peekWord(String expected) {
        int end = pos + expected.length();
        return line.startsWith(expected, pos) && (end == line.length() || line.charAt(end) == ' ');
    }

    /** The next space-separated word, consuming one following space. Visible ASCII only. */
    private String word(String field) throws IceCandidateParseException {
        if (pos >= line.length()) {
            throw new IceCandidateParseException("missing " + field, pos);
        }
        int start = pos;
        while (pos < line.length() && line.charAt(pos) != ' ') {
            char c = line.charAt(pos);
            if (c < 0x21 || c > 0x7E) {
                throw new IceCandidateParseException(field + " holds a control or non-ASCII character", pos);
            }
            pos++;
        }
        if (pos == start) {
            throw new IceCandidateParseException("empty " + field + " (two spaces?)", pos);
        }
        String w = line.substring(start, pos);
        if (pos < line.length()) {
            pos++;
            if (pos == line.length()) {
                throw new IceCandidateParseException("trailing space", pos - 1);
            }
        }
        return w;
    }

    private static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** RFC 8866 §9 token-char: visible ASCII except the separators it excludes. */
    private static boolean isTokenChar(char c) {
        return c >= 0x21 && c <= 0x7E && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }
}
