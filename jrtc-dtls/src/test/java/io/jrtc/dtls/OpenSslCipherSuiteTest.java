package io.jrtc.dtls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each cipher suite browsers offer, forced from OpenSSL's s_client side against a jrtc server
 * whose certificate has the matching key type (Debian package {@code openssl}).
 */
class OpenSslCipherSuiteTest {
    @ParameterizedTest
    @CsvSource({
        "ECDSA_P256, ECDHE-ECDSA-AES128-GCM-SHA256",
        "ECDSA_P256, ECDHE-ECDSA-AES256-GCM-SHA384",
        "ECDSA_P256, ECDHE-ECDSA-CHACHA20-POLY1305",
        "RSA_2048, ECDHE-RSA-AES128-GCM-SHA256",
        "RSA_2048, ECDHE-RSA-AES256-GCM-SHA384",
        "RSA_2048, ECDHE-RSA-CHACHA20-POLY1305",
    })
    void suiteNegotiatesAndCarriesData(CertificateAlgorithm algorithm, String suite) throws Exception {
        DtlsCertificate ours = DtlsCertificate.generate(algorithm, Duration.ofDays(1), Instant.now());
        DtlsCertificate theirs = DtlsCertificate.generate();
        Path pem = OpenSslPeer.writePem(theirs);
        try (UdpDriver udp = new UdpDriver()) {
            DtlsTransport dtls = new DtlsTransport(DtlsConfig.builder().role(DtlsRole.SERVER).certificate(ours)
                    .remoteFingerprint(theirs.fingerprint()).build());
            dtls.start(System.nanoTime());
            try (OpenSslPeer client = OpenSslPeer.client(udp.port(), pem, SrtpProfile.SRTP_AEAD_AES_128_GCM,
                    "-cipher", suite)) {
                assertTrue(udp.run(dtls, () -> dtls.state() != DtlsState.CONNECTING, 30_000), client::output);
                assertEquals(DtlsState.CONNECTED, dtls.state(), client::output);
                assertTrue(client.awaitOutput("Cipher is " + suite), client::output);
                client.type("ping");
                assertTrue(udp.run(dtls, () -> received(dtls, "ping"), 5_000), client::output);
            }
        } finally {
            Files.deleteIfExists(pem);
        }
    }

    private static boolean received(DtlsTransport dtls, String text) {
        for (DtlsEvent e; (e = dtls.pollEvent()) != null; ) {
            if (e instanceof DtlsEvent.ApplicationData d && new String(d.data()).contains(text)) {
                return true;
            }
        }
        return false;
    }
}
