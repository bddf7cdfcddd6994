package io.jrtc.sdp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private static final String HEX =
            "4A:AD:B9:B1:3F:82:18:3B:54:02:12:DF:3E:5D:49:6B:19:E5:7C:AB:3B:A9:83:E2:44:BA:54:7F:3A:BB:11:0C";

    @Test
    void parsesHashFunctionAndBytes() {
        Fingerprint f = HandWritten.media("a=fingerprint:sha-256 " + HEX).fingerprints().get(0);
        assertEquals("sha-256", f.hashFunction());
        assertTrue(f.isHashFunction("SHA-256"));
        assertEquals(32, f.bytes().length);
        assertEquals((byte) 0x4a, f.bytes()[0]);
        assertEquals((byte) 0x0c, f.bytes()[31]);
        assertEquals(HEX, f.hex());
        assertEquals("a=fingerprint:sha-256 " + HEX, f.toAttribute().toString());
    }

    @Test
    void acceptsLowerCaseHexAndWritesUpperCase() {
        Fingerprint f = HandWritten.media("a=fingerprint:sha-1 0a:ff").fingerprints().get(0);
        assertEquals("0A:FF", f.hex());
        assertEquals(Fingerprint.fromHex("sha-1", "0A:FF"), f);
    }

    @Test
    void computesAndMatchesCertificateHashes() throws Exception {
        byte[] der = "not really a certificate".getBytes(StandardCharsets.US_ASCII);
        Fingerprint f = Fingerprint.of("sha-256", der);
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(der), f.bytes());
        assertTrue(f.matches(der));
        assertFalse(f.matches("another".getBytes(StandardCharsets.US_ASCII)));
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.of("no-such-hash", der));
    }

    @Test
    void isImmutableAndComparedByValue() {
        Fingerprint f = Fingerprint.fromHex("sha-256", HEX);
        f.bytes()[0] = 0;
        assertEquals(HEX, f.hex());
        byte[] source = f.bytes();
        Fingerprint copy = new Fingerprint("sha-256", source);
        source[0] = 0;
        assertEquals(f, copy);
        assertEquals(f.hashCode(), copy.hashCode());
        assertNotEquals(f, Fingerprint.fromHex("sha-1", HEX));
        assertTrue(f.toString().contains(HEX));
    }

    @Test
    void rejectsMalformedHex() {
        for (String bad : List.of("", "A", "ABC", "AB:", ":AB", "AB::CD", "GG", "AB CD", "\u0661\u0662")) {
            assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromHex("sha-256", bad), bad);
        }
    }

    @Test
    void buildersAddFingerprints() {
        Fingerprint f = Fingerprint.fromHex("sha-256", HEX);
        SessionDescription sdp = SessionDescription.builder().fingerprint(f).build();
        assertEquals(List.of(f), sdp.fingerprints());
        assertEquals(List.of(f), MediaDescription.builder("audio", 9, "RTP/AVP").fingerprint(f).build().fingerprints());
    }
}
