package io.jrtc.dtls;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test-side reader of the plaintext handshake messages in DTLS 1.2 datagrams (RFC 6347 §4.1 record
 * header, §4.2.2 handshake header), reassembling fragments, so tests can check what jrtc puts on
 * the wire in its hellos. Only epoch-0 records are read; encrypted ones are skipped.
 */
final class HandshakeMessages {
    /** Handshake type to body, in order of first appearance (message_seq order within a flight). */
    private final Map<Integer, byte[]> bodies = new LinkedHashMap<>();
    private final Map<Integer, TreeMap<Integer, byte[]>> fragments = new LinkedHashMap<>();
    private final Map<Integer, Integer> lengths = new LinkedHashMap<>();

    void add(byte[] datagram) {
        ByteBuffer b = ByteBuffer.wrap(datagram);
        while (b.remaining() >= 13) {
            int type = b.get() & 0xFF;
            b.getShort(); // version
            int epoch = b.getShort() & 0xFFFF;
            b.position(b.position() + 6); // sequence number
            int length = b.getShort() & 0xFFFF;
            byte[] fragment = new byte[length];
            b.get(fragment);
            if (type == 22 && epoch == 0) {
                addHandshake(ByteBuffer.wrap(fragment));
            }
        }
    }

    private void addHandshake(ByteBuffer f) {
        while (f.remaining() >= 12) {
            int msgType = f.get() & 0xFF;
            int length = u24(f);
            f.getShort(); // message_seq
            int offset = u24(f);
            int fragmentLength = u24(f);
            byte[] part = new byte[fragmentLength];
            f.get(part);
            lengths.put(msgType, length);
            fragments.computeIfAbsent(msgType, k -> new TreeMap<>()).put(offset, part);
        }
    }

    /** The reassembled body of the first message of this type. */
    byte[] body(int msgType) {
        byte[] done = bodies.get(msgType);
        if (done != null) {
            return done;
        }
        Integer length = lengths.get(msgType);
        if (length == null) {
            throw new AssertionError("no handshake message of type " + msgType + "; saw " + lengths.keySet());
        }
        byte[] out = new byte[length];
        int covered = 0;
        for (Map.Entry<Integer, byte[]> e : fragments.get(msgType).entrySet()) {
            System.arraycopy(e.getValue(), 0, out, e.getKey(), e.getValue().length);
            covered = Math.max(covered, e.getKey() + e.getValue().length);
        }
        if (covered != length) {
            throw new AssertionError("message " + msgType + " incomplete: " + covered + " of " + length);
        }
        bodies.put(msgType, out);
        return out;
    }

    /** The message types seen, in order. */
    List<Integer> types() {
        return new ArrayList<>(lengths.keySet());
    }

    /** The extensions of a ClientHello body (RFC 5246 §7.4.1.2, RFC 6347 §4.2.1 cookie), type to data, in order. */
    static Map<Integer, byte[]> clientHelloExtensions(byte[] hello) {
        ByteBuffer b = ByteBuffer.wrap(hello);
        b.position(2 + 32);
        skip(b, b.get() & 0xFF); // session_id
        skip(b, b.get() & 0xFF); // cookie
        skip(b, b.getShort() & 0xFFFF); // cipher_suites
        skip(b, b.get() & 0xFF); // compression_methods
        return extensions(b);
    }

    /** The cipher suites of a ClientHello body. */
    static List<Integer> clientHelloSuites(byte[] hello) {
        ByteBuffer b = ByteBuffer.wrap(hello);
        b.position(2 + 32);
        skip(b, b.get() & 0xFF);
        skip(b, b.get() & 0xFF);
        return u16List(b, b.getShort() & 0xFFFF);
    }

    /** The extensions of a ServerHello body. */
    static Map<Integer, byte[]> serverHelloExtensions(byte[] hello) {
        ByteBuffer b = ByteBuffer.wrap(hello);
        b.position(2 + 32);
        skip(b, b.get() & 0xFF); // session_id
        b.getShort(); // cipher_suite
        b.get(); // compression_method
        return extensions(b);
    }

    /** The certificate types and signature algorithms of a CertificateRequest (RFC 5246 §7.4.4), as hex. */
    static String certificateRequest(byte[] request) {
        ByteBuffer b = ByteBuffer.wrap(request);
        byte[] types = new byte[b.get() & 0xFF];
        b.get(types);
        byte[] algorithms = new byte[b.getShort() & 0xFFFF];
        b.get(algorithms);
        int authorities = b.getShort() & 0xFFFF;
        return "types=" + hex(types) + " sigalgs=" + hex(algorithms) + " authorities=" + authorities;
    }

    private static Map<Integer, byte[]> extensions(ByteBuffer b) {
        Map<Integer, byte[]> out = new LinkedHashMap<>();
        if (!b.hasRemaining()) {
            return out;
        }
        int end = (b.getShort() & 0xFFFF) + b.position();
        while (b.position() < end) {
            int type = b.getShort() & 0xFFFF;
            byte[] data = new byte[b.getShort() & 0xFFFF];
            b.get(data);
            out.put(type, data);
        }
        return out;
    }

    private static List<Integer> u16List(ByteBuffer b, int bytes) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < bytes / 2; i++) {
            out.add(b.getShort() & 0xFFFF);
        }
        return out;
    }

    private static int u24(ByteBuffer b) {
        return ((b.get() & 0xFF) << 16) | ((b.get() & 0xFF) << 8) | (b.get() & 0xFF);
    }

    private static void skip(ByteBuffer b, int n) {
        b.position(b.position() + n);
    }

    static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte x : bytes) {
            s.append(String.format("%02x", x & 0xFF));
        }
        return s.toString();
    }
}
