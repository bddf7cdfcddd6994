package io.jrtc.stun;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 5769 test vectors, byte-exact in both directions. */
class Rfc5769Test {
    private static final TransactionId TID = TransactionId.of(HexFormat.of().parseHex("b7e7a701bc34d686fa87dfae"));
    private static final byte[] SHORT_TERM_KEY = StunCredentials.shortTermKey(Rfc5769.SHORT_TERM_PASSWORD);

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    // ---- 2.1

    @Test
    void sampleRequestDecodes() {
        StunMessage m = StunMessage.decode(Rfc5769.SAMPLE_REQUEST);
        assertEquals(StunMessageType.BINDING_REQUEST, m.type());
        assertEquals(0x0001, m.type().value());
        assertEquals(TID, m.transactionId());
        assertEquals(List.of(
                new Software("STUN test client"),
                new Priority(0x6e0001ffL),
                new IceControlled(0x932ff9b151263b36L),
                new Username("evtj:h6vY"),
                new MessageIntegrity(hex("9aeaa70cbfd8cb56781ef2b5b2d3f249c1b571a2")),
                new Fingerprint(0xe57a3bcf)), m.attributes());
        assertTrue(m.checkIntegrity(SHORT_TERM_KEY));
        assertTrue(m.checkFingerprint());
        assertTrue(m.unknownComprehensionRequired().isEmpty());
        assertArrayEquals(Rfc5769.SAMPLE_REQUEST, m.encode());
    }

    @Test
    void sampleRequestEncodesFromFields() {
        StunMessage built = StunMessage.builder(StunMessageType.BINDING_REQUEST)
                .transactionId(TID)
                .paddingByte(0x20) // the RFC pads USERNAME with spaces
                .add(new Software("STUN test client"))
                .add(new Priority(0x6e0001ffL))
                .add(new IceControlled(0x932ff9b151263b36L))
                .add(new Username("evtj:h6vY"))
                .messageIntegrity(SHORT_TERM_KEY)
                .fingerprint()
                .build();
        assertArrayEquals(Rfc5769.SAMPLE_REQUEST, built.encode());
        assertEquals(StunMessage.decode(Rfc5769.SAMPLE_REQUEST), built);
    }

    // ---- 2.2

    @Test
    void sampleIpv4ResponseDecodes() throws Exception {
        StunMessage m = StunMessage.decode(Rfc5769.SAMPLE_IPV4_RESPONSE);
        assertEquals(StunMessageType.BINDING_SUCCESS, m.type());
        assertEquals(0x0101, m.type().value());
        assertEquals(TID, m.transactionId());
        InetSocketAddress mapped = new InetSocketAddress(InetAddress.getByName("192.0.2.1"), 32853);
        assertEquals(List.of(
                new Software("test vector"),
                new XorMappedAddress(mapped),
                new MessageIntegrity(hex("2b91f599fd9e90c38c7489f92af9ba53f06be7d7")),
                new Fingerprint(0xc07d4c96)), m.attributes());
        assertEquals(mapped, m.get(XorMappedAddress.class).orElseThrow().address());
        assertTrue(m.checkIntegrity(SHORT_TERM_KEY));
        assertTrue(m.checkFingerprint());
    }

    @Test
    void sampleIpv4ResponseEncodesFromFields() throws Exception {
        StunMessage built = StunMessage.builder(StunMessageType.BINDING_SUCCESS)
                .transactionId(TID)
                .paddingByte(0x20)
                .add(new Software("test vector"))
                .add(new XorMappedAddress(new InetSocketAddress(InetAddress.getByName("192.0.2.1"), 32853)))
                .messageIntegrity(SHORT_TERM_KEY)
                .fingerprint()
                .build();
        assertArrayEquals(Rfc5769.SAMPLE_IPV4_RESPONSE, built.encode());
    }

    // ---- 2.3

    @Test
    void sampleIpv6ResponseDecodes() throws Exception {
        StunMessage m = StunMessage.decode(Rfc5769.SAMPLE_IPV6_RESPONSE);
        assertEquals(StunMessageType.BINDING_SUCCESS, m.type());
        assertEquals(TID, m.transactionId());
        InetSocketAddress mapped = new InetSocketAddress(
                InetAddress.getByName("2001:db8:1234:5678:11:2233:4455:6677"), 32853);
        assertEquals(List.of(
                new Software("test vector"),
                new XorMappedAddress(mapped),
                new MessageIntegrity(hex("a382954e4be67bf11784c97c8292c275bfe3ed41")),
                new Fingerprint(0xc8fb0b4c)), m.attributes());
        assertTrue(m.checkIntegrity(SHORT_TERM_KEY));
        assertTrue(m.checkFingerprint());
    }

    @Test
    void sampleIpv6ResponseEncodesFromFields() throws Exception {
        StunMessage built = StunMessage.builder(StunMessageType.BINDING_SUCCESS)
                .transactionId(TID)
                .paddingByte(0x20)
                .add(new Software("test vector"))
                .add(new XorMappedAddress(new InetSocketAddress(
                        InetAddress.getByName("2001:db8:1234:5678:11:2233:4455:6677"), 32853)))
                .messageIntegrity(SHORT_TERM_KEY)
                .fingerprint()
                .build();
        assertArrayEquals(Rfc5769.SAMPLE_IPV6_RESPONSE, built.encode());
    }

    // ---- 2.4

    private static byte[] longTermKey() {
        return StunCredentials.longTermKey(PasswordAlgorithm.MD5, Rfc5769.LONG_TERM_USERNAME,
                Rfc5769.LONG_TERM_REALM, Rfc5769.LONG_TERM_PASSWORD);
    }

    @Test
    void longTermPasswordIsSaslPrepped() {
        // U+00AD is mapped to nothing, U+00AA and U+2168 are NFKC-normalized to "a" and "IX".
        assertEquals("TheMatrIX", StunCredentials.saslPrep(Rfc5769.LONG_TERM_PASSWORD));
    }

    @Test
    void sampleRequestWithLongTermAuthenticationDecodes() {
        StunMessage m = StunMessage.decode(Rfc5769.SAMPLE_REQUEST_LONG_TERM);
        assertEquals(StunMessageType.BINDING_REQUEST, m.type());
        assertEquals(TransactionId.of(hex("78ad3433c6ad72c029da412e")), m.transactionId());
        assertEquals(List.of(
                new Username(Rfc5769.LONG_TERM_USERNAME),
                new Nonce(Rfc5769.LONG_TERM_NONCE),
                new Realm(Rfc5769.LONG_TERM_REALM),
                new MessageIntegrity(hex("f67024656dd64a3e02b8e0712e85c9a28ca89666"))), m.attributes());
        assertTrue(m.checkIntegrity(longTermKey()));
        assertFalse(m.hasFingerprint());
        assertFalse(m.checkFingerprint());
    }

    @Test
    void sampleRequestWithLongTermAuthenticationEncodesFromFields() {
        StunMessage built = StunMessage.builder(StunMessageType.BINDING_REQUEST)
                .transactionId(TransactionId.of(hex("78ad3433c6ad72c029da412e")))
                .add(new Username(Rfc5769.LONG_TERM_USERNAME))
                .add(new Nonce(Rfc5769.LONG_TERM_NONCE))
                .add(new Realm(Rfc5769.LONG_TERM_REALM))
                .messageIntegrity(longTermKey())
                .build();
        assertArrayEquals(Rfc5769.SAMPLE_REQUEST_LONG_TERM, built.encode());
    }

    // ---- all four

    @Test
    void reencodingDecodedVectorsKeepsTheirPaddingBytes() {
        for (byte[] vector : Rfc5769.all()) {
            StunMessage decoded = StunMessage.decode(vector);
            StunMessage rebuilt = decoded.toBuilder().build();
            assertArrayEquals(vector, rebuilt.encode());
            assertEquals(decoded, rebuilt);
        }
    }

    @Test
    void vectorsAreStunForTheDemultiplexer() {
        for (byte[] vector : Rfc5769.all()) {
            assertTrue(StunMessage.isStun(vector, 0, vector.length));
            assertEquals(DatagramKind.STUN, DatagramKind.classify(vector, 0, vector.length));
        }
    }

    @Test
    void fuzzSeedFilesAreTheVectors() throws IOException {
        String dir = "StunMessageFuzzTestInputs/decode/";
        assertArrayEquals(Rfc5769.SAMPLE_REQUEST, resource(dir + "rfc5769-2.1-sample-request"));
        assertArrayEquals(Rfc5769.SAMPLE_IPV4_RESPONSE, resource(dir + "rfc5769-2.2-sample-ipv4-response"));
        assertArrayEquals(Rfc5769.SAMPLE_IPV6_RESPONSE, resource(dir + "rfc5769-2.3-sample-ipv6-response"));
        assertArrayEquals(Rfc5769.SAMPLE_REQUEST_LONG_TERM, resource(dir + "rfc5769-2.4-sample-request-long-term"));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Rfc5769Test.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
