package io.jrtc.ice.mdns;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Domain names on the wire (RFC 1035 §3.1, §4.1.4): length-prefixed labels, possibly ending in a
 * compression pointer. mDNS names are UTF-8 (RFC 6762 §16).
 */
final class DnsNames {
    /** RFC 1035 §2.3.4: labels of at most 63 bytes, names of at most 255. */
    static final int MAX_LABEL = 63;
    static final int MAX_NAME = 255;

    private DnsNames() {}

    /** A decoded name and the offset just after it in the original (uncompressed) position. */
    record Read(String name, int end) {}

    /**
     * Reads the name at {@code off}. A pointer must point strictly before the label it replaces,
     * so there can be no loops (and the number of jumps is bounded by the message length).
     */
    static Read read(byte[] msg, int off) throws MdnsParseException {
        StringBuilder name = new StringBuilder();
        int at = off;
        int end = -1;
        int limit = off;   // pointers must go below the start of the current label sequence
        int wireLength = 0;
        while (true) {
            if (at >= msg.length) {
                throw new MdnsParseException(at, "name runs past the end of the message");
            }
            int len = msg[at] & 0xFF;
            if (len == 0) {
                return new Read(name.toString(), end < 0 ? at + 1 : end);
            }
            switch (len & 0xC0) {
                case 0xC0 -> {
                    if (at + 1 >= msg.length) {
                        throw new MdnsParseException(at, "truncated compression pointer");
                    }
                    int target = (len & 0x3F) << 8 | (msg[at + 1] & 0xFF);
                    if (target >= limit) {
                        throw new MdnsParseException(at, "compression pointer to " + target + " does not point backwards");
                    }
                    if (end < 0) {
                        end = at + 2;
                    }
                    at = target;
                    limit = target;
                }
                case 0x00 -> {
                    if (at + 1 + len > msg.length) {
                        throw new MdnsParseException(at, "label of " + len + " bytes runs past the end");
                    }
                    wireLength += len + 1;
                    if (wireLength + 1 > MAX_NAME) {
                        throw new MdnsParseException(at, "name longer than 255 bytes");
                    }
                    if (!name.isEmpty()) {
                        name.append('.');
                    }
                    name.append(new String(msg, at + 1, len, StandardCharsets.UTF_8));
                    at += 1 + len;
                }
                default -> throw new MdnsParseException(at, String.format("unsupported label type 0x%02X", len & 0xC0));
            }
        }
    }

    /** Writes {@code name} uncompressed. */
    static void write(ByteArrayOutputStream out, String name) {
        if (name.isEmpty() || name.endsWith(".")) {
            throw new IllegalArgumentException("bad DNS name: '" + name + "'");
        }
        int total = 1;
        for (String label : name.split("\\.")) {
            byte[] b = label.getBytes(StandardCharsets.UTF_8);
            if (b.length == 0 || b.length > MAX_LABEL) {
                throw new IllegalArgumentException("bad DNS label in " + name);
            }
            total += b.length + 1;
            out.write(b.length);
            out.writeBytes(b);
        }
        if (total > MAX_NAME) {
            throw new IllegalArgumentException("DNS name longer than 255 bytes: " + name);
        }
        out.write(0);
    }

    /** DNS compares names case-insensitively in ASCII (RFC 1035 §2.3.3, RFC 6762 §16). */
    static boolean same(String a, String b) {
        return a.length() == b.length() && a.regionMatches(true, 0, b, 0, a.length());
    }
}
