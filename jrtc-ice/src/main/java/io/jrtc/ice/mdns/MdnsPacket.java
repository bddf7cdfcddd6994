package io.jrtc.ice.mdns;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An mDNS message (RFC 6762 §18, the RFC 1035 §4.1 format): questions, and every resource record
 * of the answer, authority and additional sections in order.
 *
 * <p>{@link #parse} reads untrusted bytes defensively: any problem is an
 * {@link MdnsParseException} with an offset, never another exception.
 *
 * @param id the message id (0 in multicast mDNS, RFC 6762 §18.1)
 * @param response the QR bit
 * @param questions the questions
 * @param records the records of all three sections
 */
public record MdnsPacket(int id, boolean response, List<MdnsQuestion> questions, List<MdnsRecord> records) {
    private static final int HEADER = 12;
    private static final int CLASS_IN = 1;

    public MdnsPacket {
        questions = List.copyOf(questions);
        records = List.copyOf(records);
    }

    /**
     * A multicast query for one record type of {@code name} (RFC 6762 §5.1): one question per
     * message, because Chromium's responder ignores a query with more than one question.
     */
    public static MdnsPacket query(String name, int type) {
        return new MdnsPacket(0, false, List.of(new MdnsQuestion(name, type, false)), List.of());
    }

    /**
     * A multicast query for the A and AAAA records of {@code name} in one message (RFC 6762 §5.1
     * allows it; responders must answer each question). {@link MdnsResolver} sends
     * {@link #query(String, int)} instead, which every responder answers.
     */
    public static MdnsPacket query(String name) {
        return new MdnsPacket(0, false, List.of(new MdnsQuestion(name, MdnsRecord.TYPE_A, false),
                new MdnsQuestion(name, MdnsRecord.TYPE_AAAA, false)), List.of());
    }

    /** Parses a message. */
    public static MdnsPacket parse(byte[] msg) throws MdnsParseException {
        if (msg.length < HEADER) {
            throw new MdnsParseException(0, msg.length + " bytes, shorter than the 12-byte header");
        }
        int flags = u16(msg, 2);
        if ((flags & 0x7800) != 0) {
            throw new MdnsParseException(2, "opcode " + ((flags >> 11) & 0xF) + ", only standard queries exist in mDNS");
        }
        int qd = u16(msg, 4);
        int rr = u16(msg, 6) + u16(msg, 8) + u16(msg, 10);
        int at = HEADER;
        List<MdnsQuestion> questions = new ArrayList<>();
        for (int i = 0; i < qd; i++) {
            DnsNames.Read n = DnsNames.read(msg, at);
            need(msg, n.end(), 4, "question");
            int cls = u16(msg, n.end() + 2);
            questions.add(new MdnsQuestion(n.name(), u16(msg, n.end()), (cls & 0x8000) != 0));
            at = n.end() + 4;
        }
        List<MdnsRecord> records = new ArrayList<>();
        for (int i = 0; i < rr; i++) {
            DnsNames.Read n = DnsNames.read(msg, at);
            need(msg, n.end(), 10, "record header");
            int rdLength = u16(msg, n.end() + 8);
            int rdStart = n.end() + 10;
            need(msg, rdStart, rdLength, "record data");
            int cls = u16(msg, n.end() + 2);
            long ttl = (long) u16(msg, n.end() + 4) << 16 | u16(msg, n.end() + 6);
            if ((cls & 0x7FFF) == CLASS_IN) {
                records.add(new MdnsRecord(n.name(), u16(msg, n.end()), (cls & 0x8000) != 0, ttl,
                        java.util.Arrays.copyOfRange(msg, rdStart, rdStart + rdLength)));
            }
            at = rdStart + rdLength;
        }
        return new MdnsPacket(u16(msg, 0), (flags & 0x8000) != 0, questions, records);
    }

    /**
     * Encodes the message, names uncompressed; records go in the answer section. Responses set
     * QR and AA (RFC 6762 §18.2, §18.4).
     */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        put16(out, id);
        put16(out, response ? 0x8400 : 0);
        put16(out, questions.size());
        put16(out, records.size());
        put16(out, 0);
        put16(out, 0);
        for (MdnsQuestion q : questions) {
            DnsNames.write(out, q.name());
            put16(out, q.type());
            put16(out, CLASS_IN | (q.unicastResponse() ? 0x8000 : 0));
        }
        for (MdnsRecord r : records) {
            DnsNames.write(out, r.name());
            put16(out, r.type());
            put16(out, CLASS_IN | (r.cacheFlush() ? 0x8000 : 0));
            put16(out, (int) (r.ttlSeconds() >>> 16));
            put16(out, (int) r.ttlSeconds());
            byte[] rd = r.rdata();
            put16(out, rd.length);
            out.writeBytes(rd);
        }
        return out.toByteArray();
    }

    private static void need(byte[] msg, int at, int n, String what) throws MdnsParseException {
        if (at + n > msg.length) {
            throw new MdnsParseException(at, what + " needs " + n + " bytes, " + Math.max(0, msg.length - at) + " left");
        }
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static void put16(ByteArrayOutputStream out, int v) {
        out.write(v >>> 8);
        out.write(v);
    }
}
