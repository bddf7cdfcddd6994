package io.jrtc.dtls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Certificates, fingerprints, roles, profiles and keying material. */
class ValueTypesTest {
    @Test
    void generatedCertificateIsSelfSignedP256WithTheRequestedExpiry() throws Exception {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        DtlsCertificate c = DtlsCertificate.generate(CertificateAlgorithm.ECDSA_P256, Duration.ofDays(10), now);
        X509Certificate x = parse(c.derEncoded());
        assertEquals("EC", x.getPublicKey().getAlgorithm());
        assertEquals("SHA256withECDSA", x.getSigAlgName());
        x.verify(x.getPublicKey());
        assertEquals(now.plus(Duration.ofDays(10)), x.getNotAfter().toInstant());
        assertEquals(now.plus(Duration.ofDays(10)), c.expires());
        assertFalse(c.isExpired(now));
        assertTrue(c.isExpired(now.plus(Duration.ofDays(10))));
    }

    @Test
    void generatedP256CertificateHasTheWebRtcFieldsAndItsKeySignsForIt() throws Exception {
        Instant now = Instant.parse("2026-03-01T12:00:00Z");
        DtlsCertificate c = DtlsCertificate.generate(CertificateAlgorithm.ECDSA_P256, DtlsCertificate.DEFAULT_VALIDITY, now);
        X509Certificate x = parse(c.derEncoded());
        assertEquals(3, x.getVersion());
        assertEquals("1.2.840.10045.4.3.2", x.getSigAlgOID()); // ecdsa-with-SHA256, RFC 5758 §3.2
        x.verify(x.getPublicKey());
        assertEquals(x.getSubjectX500Principal(), x.getIssuerX500Principal());
        String subject = x.getSubjectX500Principal().getName();
        assertTrue(subject.matches("CN=jrtc-[0-9a-f]{1,16}"), subject);
        assertTrue(x.getSerialNumber().signum() > 0 && x.getSerialNumber().bitLength() <= 64, x.getSerialNumber()::toString);
        assertEquals(now.minus(Duration.ofDays(1)), x.getNotBefore().toInstant());
        assertEquals(now.plus(DtlsCertificate.DEFAULT_VALIDITY), x.getNotAfter().toInstant());
        // The public key names the curve (RFC 5480 §2.1.1), as OpenSSL and browsers require.
        var ecKey = (java.security.interfaces.ECPublicKey) x.getPublicKey();
        assertEquals(256, ecKey.getParams().getOrder().bitLength());
        var info = org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(x.getPublicKey().getEncoded());
        assertEquals(org.bouncycastle.asn1.sec.SECObjectIdentifiers.secp256r1, info.getAlgorithm().getParameters());
        // The private key (JCA form and PEM) and the handshake's key are the certificate's.
        byte[] message = "jrtc".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.security.Signature signer = java.security.Signature.getInstance("SHA256withECDSA");
        signer.initSign(c.privateKey());
        signer.update(message);
        java.security.Signature verifier = java.security.Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(x.getPublicKey());
        verifier.update(message);
        assertTrue(verifier.verify(signer.sign()));
        String pem = c.toPemWithPrivateKey();
        String pkcs8 = pem.substring(pem.indexOf("-----BEGIN PRIVATE KEY-----") + 27, pem.indexOf("-----END PRIVATE KEY-----"));
        assertArrayEquals(c.privateKey().getEncoded(), java.util.Base64.getMimeDecoder().decode(pkcs8));
        var handshakeKey = c.handshakeKey().ec();
        assertEquals(((java.security.interfaces.ECPrivateKey) c.privateKey()).getS(), handshakeKey.getD());
        // Each certificate gets its own name, serial and key.
        X509Certificate other = parse(DtlsCertificate.generate().derEncoded());
        assertFalse(other.getSubjectX500Principal().equals(x.getSubjectX500Principal()));
        assertFalse(other.getSerialNumber().equals(x.getSerialNumber()));
        assertFalse(other.getPublicKey().equals(x.getPublicKey()));
    }

    @Test
    void rsaOption() throws Exception {
        DtlsCertificate c = DtlsCertificate.generate(CertificateAlgorithm.RSA_2048, Duration.ofDays(1), Instant.now());
        X509Certificate x = parse(c.derEncoded());
        assertEquals("RSA", x.getPublicKey().getAlgorithm());
        assertEquals(2048, ((java.security.interfaces.RSAPublicKey) x.getPublicKey()).getModulus().bitLength());
        x.verify(x.getPublicKey());
    }

    @Test
    void fingerprintIsTheSha256OfTheDerInSdpForm() throws Exception {
        DtlsCertificate c = DtlsCertificate.generate();
        byte[] expected = java.security.MessageDigest.getInstance("SHA-256").digest(c.derEncoded());
        DtlsFingerprint f = c.fingerprint();
        assertArrayEquals(expected, f.value());
        String sdp = f.toString();
        assertTrue(sdp.matches("sha-256 ([0-9A-F]{2}:){31}[0-9A-F]{2}"), sdp);
        assertEquals(f, DtlsFingerprint.parse(sdp));
        assertEquals(f, DtlsFingerprint.parse(sdp.toLowerCase().replace("sha-256", "SHA-256")));
        assertTrue(f.matches(c.derEncoded()));
        assertFalse(f.matches(DtlsCertificate.generate().derEncoded()));
    }

    @Test
    void everyHashLengthIsChecked() {
        DtlsCertificate c = DtlsCertificate.generate();
        assertEquals(20, c.fingerprint("sha-1").value().length);
        assertEquals(48, c.fingerprint("sha-384").value().length);
        assertEquals(64, c.fingerprint("sha-512").value().length);
        assertThrows(IllegalArgumentException.class, () -> c.fingerprint("md5"));
        assertThrows(IllegalArgumentException.class, () -> DtlsFingerprint.parse("sha-256 AB:CD"));
        assertThrows(IllegalArgumentException.class, () -> DtlsFingerprint.parse("sha-256"));
        assertThrows(IllegalArgumentException.class, () -> DtlsFingerprint.parse("sha-1 zz:" + "00:".repeat(18) + "00"));
    }

    @Test
    void rolesFromSetup() {
        assertEquals(DtlsRole.CLIENT, DtlsRole.fromSetup("active"));
        assertEquals(DtlsRole.SERVER, DtlsRole.fromSetup("PASSIVE"));
        assertThrows(IllegalArgumentException.class, () -> DtlsRole.fromSetup("actpass"));
        assertThrows(IllegalArgumentException.class, () -> DtlsRole.fromSetup("holdconn"));
        assertEquals(DtlsRole.CLIENT, DtlsRole.forRemoteSetup("actpass"));
        assertEquals(DtlsRole.CLIENT, DtlsRole.forRemoteSetup("passive"));
        assertEquals(DtlsRole.SERVER, DtlsRole.forRemoteSetup("active"));
    }

    @Test
    void statesUseW3cStrings() {
        assertEquals("connecting", DtlsState.CONNECTING.toString());
        assertEquals(DtlsState.FAILED, DtlsState.fromString("failed"));
    }

    @Test
    void profileIdsAndLengthsFollowRfc5764AndRfc7714() {
        assertEquals(0x0001, SrtpProfile.SRTP_AES128_CM_HMAC_SHA1_80.id());
        assertEquals(0x0002, SrtpProfile.SRTP_AES128_CM_HMAC_SHA1_32.id());
        assertEquals(0x0007, SrtpProfile.SRTP_AEAD_AES_128_GCM.id());
        assertEquals(0x0008, SrtpProfile.SRTP_AEAD_AES_256_GCM.id());
        assertEquals(60, SrtpProfile.SRTP_AES128_CM_HMAC_SHA1_80.keyingMaterialLength());
        assertEquals(60, SrtpProfile.SRTP_AES128_CM_HMAC_SHA1_32.keyingMaterialLength());
        assertEquals(56, SrtpProfile.SRTP_AEAD_AES_128_GCM.keyingMaterialLength());
        assertEquals(88, SrtpProfile.SRTP_AEAD_AES_256_GCM.keyingMaterialLength());
        assertEquals(SrtpProfile.SRTP_AEAD_AES_256_GCM, SrtpProfile.fromId(8));
        assertEquals(null, SrtpProfile.fromId(3));
    }

    @Test
    void keyingMaterialSplitsAsRfc5764Section42() {
        byte[] m = new byte[56];
        for (int i = 0; i < m.length; i++) {
            m[i] = (byte) i;
        }
        SrtpKeyingMaterial k = new SrtpKeyingMaterial(SrtpProfile.SRTP_AEAD_AES_128_GCM, m);
        HexFormat hex = HexFormat.of();
        assertEquals("000102030405060708090a0b0c0d0e0f", hex.formatHex(k.clientKey()));
        assertEquals("101112131415161718191a1b1c1d1e1f", hex.formatHex(k.serverKey()));
        assertEquals("202122232425262728292a2b", hex.formatHex(k.clientSalt()));
        assertEquals("2c2d2e2f3031323334353637", hex.formatHex(k.serverSalt()));
        assertFalse(k.toString().contains("0001"));
        assertThrows(IllegalArgumentException.class, () -> new SrtpKeyingMaterial(SrtpProfile.SRTP_AEAD_AES_256_GCM, m));
    }

    @Test
    void configRequiresAFingerprint() {
        assertThrows(IllegalArgumentException.class, () -> DtlsConfig.builder().role(DtlsRole.CLIENT)
                .certificate(DtlsPair.CLIENT_CERT).build());
        assertThrows(IllegalArgumentException.class, () -> DtlsConfig.builder().role(DtlsRole.CLIENT)
                .certificate(DtlsPair.CLIENT_CERT).remoteFingerprint(DtlsPair.SERVER_CERT.fingerprint()).mtu(10).build());
    }

    private static X509Certificate parse(byte[] der) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }
}
