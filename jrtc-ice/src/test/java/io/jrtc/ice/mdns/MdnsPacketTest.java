package io.jrtc.ice.mdns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mDNS wire format: queries, answers, name compression and defensive parsing. */
class MdnsPacketTest {

    @Test
    void queryAsksForAAndAaaaOverMulticast() throws Exception {
        byte[] q = MdnsPacket.query("abc.local").encode();
        // id 0, flags 0, 2 questions; "abc" "local" 0; type 1 class 1; type 28 class 1
        assertEquals("000000000002000000000000" + "03616263056c6f63616c00" + "00010001"
                + "03616263056c6f63616c00" + "001c0001", HexFormat.of().formatHex(q));
        MdnsPacket p = MdnsPacket.parse(q);
        assertEquals(List.of(new MdnsQuestion("abc.local", 1, false), new MdnsQuestion("abc.local", 28, false)),
                p.questions());
    }

    @Test
    void singleQuestionQueryForOneType() throws Exception {
        byte[] q = MdnsPacket.query("abc.local", MdnsRecord.TYPE_A).encode();
        // id 0, flags 0, 1 question; "abc" "local" 0; type 1 class 1
        assertEquals("000000000001000000000000" + "03616263056c6f63616c00" + "00010001", HexFormat.of().formatHex(q));
        assertEquals(List.of(new MdnsQuestion("abc.local", 1, false)), MdnsPacket.parse(q).questions());
    }

    @Test
    void responsesRoundTrip() throws Exception {
        InetAddress v4 = InetAddress.getByName("10.1.2.3");
        InetAddress v6 = InetAddress.getByName("fe80::1");
        MdnsPacket p = new MdnsPacket(0, true, List.of(),
                List.of(MdnsRecord.address("x.local", v4, 120), MdnsRecord.address("x.local", v6, 120)));
        MdnsPacket back = MdnsPacket.parse(p.encode());
        assertEquals(p, back);
        assertEquals(v4, back.records().get(0).toAddress());
        assertEquals(v6, back.records().get(1).toAddress());
        assertTrue(back.records().get(0).cacheFlush());
    }

    @Test
    void compressedNamesAreFollowed() throws Exception {
        // Answer 1 owns "host.local"; answer 2's name is a pointer to offset 12.
        String hex = "000084000000000200000000"
                + "04686f7374056c6f63616c00" + "0001" + "8001" + "00000078" + "0004" + "0a000001"
                + "c00c" + "0001" + "8001" + "00000078" + "0004" + "0a000002";
        MdnsPacket p = MdnsPacket.parse(HexFormat.of().parseHex(hex));
        assertEquals("host.local", p.records().get(1).name());
        assertArrayEquals(new byte[] {10, 0, 0, 2}, p.records().get(1).rdata());
    }

    @Test
    void badInputGivesAParseExceptionWithAnOffset() {
        String header1Answer = "000084000000000100000000";
        String[] bad = {
            "0000",                                                  // short header
            header1Answer + "c00c",                                  // pointer to itself
            header1Answer + "c0ff",                                  // pointer forwards
            header1Answer + "05616263",                              // label past the end
            header1Answer + "4161",                                  // reserved label type
            header1Answer + "0161000001",                            // truncated record header
            header1Answer + "016100" + "00010001" + "00000078" + "0010" + "0a00",  // rdata past the end
            "000078000001000000000000" + "0161000001",                // opcode != 0
        };
        for (String h : bad) {
            MdnsParseException e = assertThrows(MdnsParseException.class, () -> MdnsPacket.parse(HexFormat.of().parseHex(h)), h);
            assertTrue(e.offset() >= 0 && e.getMessage().startsWith("mDNS at offset"), e.getMessage());
        }
    }

    @Test
    void namesOver255BytesAreRejected() {
        StringBuilder hex = new StringBuilder("000084000000000100000000");
        for (int i = 0; i < 5; i++) {
            hex.append("3f").append("61".repeat(63));
        }
        hex.append("00").append("00010001000000780004").append("0a000001");
        assertThrows(MdnsParseException.class, () -> MdnsPacket.parse(HexFormat.of().parseHex(hex.toString())));
    }

    @Test
    void randomNamesAreUuidV4UnderLocal() {
        String n = MdnsNames.randomName();
        assertTrue(n.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\\.local"), n);
        assertTrue(MdnsNames.isMdnsName(n));
        assertTrue(MdnsNames.isMdnsName("X.LOCAL."));
        assertTrue(!MdnsNames.isMdnsName("example.com") && !MdnsNames.isMdnsName(".local"));
        assertTrue(!n.equals(MdnsNames.randomName()));
    }
}
