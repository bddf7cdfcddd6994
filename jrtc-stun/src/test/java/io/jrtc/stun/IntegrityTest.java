package io.jrtc.stun;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MESSAGE-INTEGRITY, MESSAGE-INTEGRITY-SHA256, FINGERPRINT and the key derivations. */
class IntegrityTest {
    private static final byte[] KEY = StunCredentials.shortTermKey("pass-word-0123456789ab");
    private static final byte[] OTHER_KEY = StunCredentials.shortTermKey("pass-word-0123456789ac");

    private static StunMessageBuilder bindingRequest() {
        return StunMessage.builder(StunMessageType.BINDING_REQUEST)
                .add(new Username("ufragR:ufragL"))
                .add(new Priority(1853824767))
                .add(new IceControlling(42))
                .add(new UseCandidate());
    }

    @Test
    void wrongKeyFails() {
        StunMessage m = StunMessage.decode(bindingRequest().messageIntegrity(KEY).fingerprint().build().encode());
        assertTrue(m.checkIntegrity(KEY));
        assertFalse(m.checkIntegrity(OTHER_KEY));
        assertFalse(m.checkIntegrity(new byte[0]));
        assertFalse(m.checkIntegritySha256(KEY), "no MESSAGE-INTEGRITY-SHA256 present");
        assertFalse(StunMessage.decode(Rfc5769.SAMPLE_REQUEST).checkIntegrity(OTHER_KEY));
    }

    @Test
    void everyTamperedByteFailsIntegrityAndFingerprint() {
        byte[] wire = bindingRequest().messageIntegrity(KEY).fingerprint().build().encode();
        int integrityEnd = wire.length - 8; // MESSAGE-INTEGRITY value ends where FINGERPRINT starts
        for (int i = 0; i < wire.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] tampered = wire.clone();
                tampered[i] ^= (byte) (1 << bit);
                StunMessage m;
                try {
                    m = StunMessage.decode(tampered);
                } catch (StunParseException e) {
                    continue; // a flip that breaks the framing is caught earlier
                }
                assertFalse(m.checkFingerprint(), "fingerprint after flipping byte " + i + " bit " + bit);
                if (i < integrityEnd) {
                    assertFalse(m.checkIntegrity(KEY), "integrity after flipping byte " + i + " bit " + bit);
                }
            }
        }
    }

    @Test
    void tamperedRfcVectorFails() {
        byte[] v = Rfc5769.SAMPLE_IPV4_RESPONSE.clone();
        v[45] ^= 1; // a byte of the XOR-mapped address
        StunMessage m = StunMessage.decode(v);
        assertFalse(m.checkIntegrity(StunCredentials.shortTermKey(Rfc5769.SHORT_TERM_PASSWORD)));
        assertFalse(m.checkFingerprint());
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 20, 24, 28, 32})
    void messageIntegritySha256AtEveryAllowedLength(int length) {
        StunMessage built = bindingRequest().messageIntegritySha256(KEY, length).fingerprint().build();
        StunMessage m = StunMessage.decode(built.encode());
        assertEquals(length, m.get(MessageIntegritySha256.class).orElseThrow().hmac().length);
        assertTrue(m.checkIntegritySha256(KEY));
        assertFalse(m.checkIntegritySha256(OTHER_KEY));
        assertFalse(m.checkIntegrity(KEY), "no MESSAGE-INTEGRITY present");
        assertTrue(m.checkFingerprint());
    }

    @Test
    void sha256ValueIsTheHmacOverTheAdjustedHeader() throws Exception {
        StunMessage m = bindingRequest().messageIntegritySha256(KEY).build();
        byte[] wire = m.encode();
        // The MAC input is the whole message minus the 36-byte attribute; its length field already
        // ends at the attribute, since nothing follows it.
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA256"));
        mac.update(wire, 0, wire.length - 36);
        assertArrayEquals(mac.doFinal(), m.get(MessageIntegritySha256.class).orElseThrow().hmac());
    }

    @Test
    void bothIntegrityAttributesThenFingerprint() {
        byte[] longTermSha = StunCredentials.longTermKey(PasswordAlgorithm.SHA256, "user", "realm", "pw");
        StunMessage m = StunMessage.decode(StunMessage.builder(StunMethod.ALLOCATE, StunClass.REQUEST)
                .add(RequestedTransport.UDP)
                .add(new Username("user")).add(new Realm("realm")).add(new Nonce("n"))
                .add(PasswordAlgorithm.SHA256)
                .messageIntegrity(longTermSha).messageIntegritySha256(longTermSha).fingerprint()
                .build().encode());
        assertTrue(m.checkIntegrity(longTermSha));
        assertTrue(m.checkIntegritySha256(longTermSha));
        assertTrue(m.checkFingerprint());
        assertEquals(List.of(MessageIntegrity.class, MessageIntegritySha256.class, Fingerprint.class),
                m.attributes().subList(5, 8).stream().map(Object::getClass).toList());
    }

    @Test
    void emptyPasswordIsAUsableKey() {
        byte[] empty = StunCredentials.shortTermKey("");
        assertEquals(0, empty.length);
        StunMessage m = StunMessage.decode(bindingRequest().messageIntegrity(empty).build().encode());
        assertTrue(m.checkIntegrity(empty));
        assertFalse(m.checkIntegrity(KEY));
    }

    @Test
    void attributesAfterIntegrityAreIgnored() {
        byte[] base = bindingRequest().messageIntegrity(KEY).build().encode();
        // Append a SOFTWARE attribute after MESSAGE-INTEGRITY, as an on-path attacker might.
        byte[] extra = HexFormat.of().parseHex("80220004" + "65766c21");
        byte[] wire = new byte[base.length + extra.length];
        System.arraycopy(base, 0, wire, 0, base.length);
        System.arraycopy(extra, 0, wire, base.length, extra.length);
        wire[3] += (byte) extra.length;
        StunMessage m = StunMessage.decode(wire);
        assertTrue(m.get(Software.class).isEmpty(), "ignored as RFC 8489 §14.5 requires");
        assertTrue(m.checkIntegrity(KEY), "the HMAC covers the message up to MESSAGE-INTEGRITY");
        assertArrayEquals(wire, m.encode(), "the wire bytes are kept");
    }

    @Test
    void fingerprintMustBeLast() {
        byte[] base = bindingRequest().fingerprint().build().encode();
        byte[] wire = new byte[base.length + 4];
        System.arraycopy(base, 0, wire, 0, base.length);
        System.arraycopy(HexFormat.of().parseHex("00250000"), 0, wire, base.length, 4);
        wire[3] += 4;
        StunMessage m = StunMessage.decode(wire);
        assertTrue(m.hasFingerprint());
        assertFalse(m.checkFingerprint());
        assertEquals(1, m.getAll(UseCandidate.class).size(), "the one after FINGERPRINT is ignored");
    }

    @Test
    void builderRefusesAttributesReceiversWouldIgnore() {
        assertThrows(IllegalStateException.class, () -> bindingRequest().add(new Fingerprint(1)).messageIntegrity(KEY).build());
        assertThrows(IllegalStateException.class, () -> bindingRequest().add(new MessageIntegrity(new byte[20]))
                .add(new Software("x")).build());
        assertThrows(IllegalStateException.class, () -> bindingRequest().add(new MessageIntegritySha256(new byte[32]))
                .messageIntegrity(KEY).build());
        assertThrows(IllegalArgumentException.class, () -> bindingRequest().messageIntegritySha256(KEY, 12));
    }

    @Test
    void longTermKeys() throws Exception {
        byte[] md5 = MessageDigest.getInstance("MD5").digest("user:realm:pass".getBytes(StandardCharsets.UTF_8));
        byte[] sha = MessageDigest.getInstance("SHA-256").digest("user:realm:pass".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(md5, StunCredentials.longTermKey("user", "realm", "pass"));
        assertArrayEquals(sha, StunCredentials.longTermKey(PasswordAlgorithm.SHA256, "user", "realm", "pass"));
        assertThrows(IllegalArgumentException.class,
                () -> StunCredentials.longTermKey(new PasswordAlgorithm(3, new byte[0]), "u", "r", "p"));
    }

    @Test
    void userHashIsSha256OfUsernameColonRealm() throws Exception {
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(
                (Rfc5769.LONG_TERM_USERNAME + ":example.org").getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(expected, StunCredentials.userHash(Rfc5769.LONG_TERM_USERNAME, "example.org"));
    }

    @Test
    void checksOnMessagesWithoutIntegrityAreFalse() {
        StunMessage m = StunMessage.decode(bindingRequest().build().encode());
        assertFalse(m.hasIntegrity());
        assertFalse(m.checkIntegrity(KEY));
        assertFalse(m.checkIntegritySha256(KEY));
        assertFalse(m.checkFingerprint());
    }
}
