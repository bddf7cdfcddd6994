package io.jrtc.stun;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/**
 * The RFC 5769 test vectors (sections 2.1-2.4), transcribed from the RFC text one 4-byte row per
 * line. The same bytes are the Jazzer seed inputs in
 * {@code src/test/resources/io/jrtc/stun/StunMessageFuzzTestInputs/decode/}.
 */
final class Rfc5769 {
    private Rfc5769() {}

    /** §2.1 and §2.2/2.3 password (short-term). */
    static final String SHORT_TERM_PASSWORD = "VOkJxbRl1RmTxUk/WvJxBt";

    /** §2.1 Sample Request. */
    static final byte[] SAMPLE_REQUEST = hex("""
            00 01 00 58   Request type and message length
            21 12 a4 42   Magic cookie
            b7 e7 a7 01   Transaction ID
            bc 34 d6 86
            fa 87 df ae
            80 22 00 10   SOFTWARE attribute header
            53 54 55 4e   "STUN test client"
            20 74 65 73
            74 20 63 6c
            69 65 6e 74
            00 24 00 04   PRIORITY attribute header
            6e 00 01 ff   ICE priority value
            80 29 00 08   ICE-CONTROLLED attribute header
            93 2f f9 b1   tie breaker
            51 26 3b 36
            00 06 00 09   USERNAME attribute header
            65 76 74 6a   "evtj:h6vY" and padding (3 bytes of 0x20)
            3a 68 36 76
            59 20 20 20
            00 08 00 14   MESSAGE-INTEGRITY attribute header
            9a ea a7 0c   HMAC-SHA1
            bf d8 cb 56
            78 1e f2 b5
            b2 d3 f2 49
            c1 b5 71 a2
            80 28 00 04   FINGERPRINT attribute header
            e5 7a 3b cf   CRC32 fingerprint
            """);

    /** §2.2 Sample IPv4 Response: mapped address 192.0.2.1 port 32853. */
    static final byte[] SAMPLE_IPV4_RESPONSE = hex("""
            01 01 00 3c   Response type and message length
            21 12 a4 42   Magic cookie
            b7 e7 a7 01   Transaction ID
            bc 34 d6 86
            fa 87 df ae
            80 22 00 0b   SOFTWARE attribute header
            74 65 73 74   "test vector" and padding (1 byte of 0x20)
            20 76 65 63
            74 6f 72 20
            00 20 00 08   XOR-MAPPED-ADDRESS attribute header
            00 01 a1 47   Address family (IPv4) and xor'd mapped port
            e1 12 a6 43   Xor'd mapped IPv4 address
            00 08 00 14   MESSAGE-INTEGRITY attribute header
            2b 91 f5 99   HMAC-SHA1
            fd 9e 90 c3
            8c 74 89 f9
            2a f9 ba 53
            f0 6b e7 d7
            80 28 00 04   FINGERPRINT attribute header
            c0 7d 4c 96   CRC32 fingerprint
            """);

    /** §2.3 Sample IPv6 Response: mapped address 2001:db8:1234:5678:11:2233:4455:6677 port 32853. */
    static final byte[] SAMPLE_IPV6_RESPONSE = hex("""
            01 01 00 48   Response type and message length
            21 12 a4 42   Magic cookie
            b7 e7 a7 01   Transaction ID
            bc 34 d6 86
            fa 87 df ae
            80 22 00 0b   SOFTWARE attribute header
            74 65 73 74   "test vector" and padding (1 byte of 0x20)
            20 76 65 63
            74 6f 72 20
            00 20 00 14   XOR-MAPPED-ADDRESS attribute header
            00 02 a1 47   Address family (IPv6) and xor'd mapped port
            01 13 a9 fa   Xor'd mapped IPv6 address
            a5 d3 f1 79
            bc 25 f4 b5
            be d2 b9 d9
            00 08 00 14   MESSAGE-INTEGRITY attribute header
            a3 82 95 4e   HMAC-SHA1
            4b e6 7b f1
            17 84 c9 7c
            82 92 c2 75
            bf e3 ed 41
            80 28 00 04   FINGERPRINT attribute header
            c8 fb 0b 4c   CRC32 fingerprint
            """);

    /** §2.4 username: U+30DE U+30C8 U+30EA U+30C3 U+30AF U+30B9. */
    static final String LONG_TERM_USERNAME = "\u30DE\u30C8\u30EA\u30C3\u30AF\u30B9";
    /** §2.4 password before SASLprep: "The" U+00AD "M" U+00AA "tr" U+2168; "TheMatrIX" after. */
    static final String LONG_TERM_PASSWORD = "The\u00ADM\u00AAtr\u2168";
    static final String LONG_TERM_NONCE = "f//499k954d6OL34oL9FSTvy64sA";
    static final String LONG_TERM_REALM = "example.org";

    /** §2.4 Sample Request with Long-Term Authentication. */
    static final byte[] SAMPLE_REQUEST_LONG_TERM = hex("""
            00 01 00 60   Request type and message length
            21 12 a4 42   Magic cookie
            78 ad 34 33   Transaction ID
            c6 ad 72 c0
            29 da 41 2e
            00 06 00 12   USERNAME attribute header
            e3 83 9e e3   Username value (18 bytes) and padding (2 bytes of 0x00)
            83 88 e3 83
            aa e3 83 83
            e3 82 af e3
            82 b9 00 00
            00 15 00 1c   NONCE attribute header
            66 2f 2f 34   Nonce value
            39 39 6b 39
            35 34 64 36
            4f 4c 33 34
            6f 4c 39 46
            53 54 76 79
            36 34 73 41
            00 14 00 0b   REALM attribute header
            65 78 61 6d   Realm value (11 bytes) and padding (1 byte of 0x00)
            70 6c 65 2e
            6f 72 67 00
            00 08 00 14   MESSAGE-INTEGRITY attribute header
            f6 70 24 65   HMAC-SHA1
            6d d6 4a 3e
            02 b8 e0 71
            2e 85 c9 a2
            8c a8 96 66
            """);

    /** All four, for seeding mutation tests. */
    static byte[][] all() {
        return new byte[][] {SAMPLE_REQUEST, SAMPLE_IPV4_RESPONSE, SAMPLE_IPV6_RESPONSE, SAMPLE_REQUEST_LONG_TERM};
    }

    /** Up to four hex pairs at the start of each line; the words after them are comments. */
    static byte[] hex(String rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String row : rows.split("\n")) {
            String[] tokens = row.trim().split("\\s+");
            for (int i = 0; i < Math.min(4, tokens.length); i++) {
                String token = tokens[i];
                if (!token.matches("[0-9a-f]{2}")) {
                    break;
                }
                out.write(HexFormat.of().parseHex(token)[0]);
            }
        }
        return out.toByteArray();
    }
}
