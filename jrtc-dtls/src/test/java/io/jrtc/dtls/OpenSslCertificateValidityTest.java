package io.jrtc.dtls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * OpenSSL presenting a certificate that expired days ago (its fingerprint is right): jrtc refuses
 * it by the system clock, in both roles, with certificate_expired, and OpenSSL receives that alert.
 */
class OpenSslCertificateValidityTest {
    private static final DtlsCertificate OURS = DtlsCertificate.generate();
    /** Valid from 11 days ago (the generator backdates a day) until 9 days ago. */
    private static final DtlsCertificate EXPIRED = DtlsCertificate.generate(CertificateAlgorithm.ECDSA_P256,
            Duration.ofDays(1), Instant.now().minus(Duration.ofDays(10)));
    private static final SrtpProfile PROFILE = SrtpProfile.SRTP_AEAD_AES_128_GCM;

    @Test
    void jrtcClientRefusesAnExpiredOpenSslServerCertificate() throws Exception {
        Path pem = OpenSslPeer.writePem(EXPIRED);
        int port = UdpDriver.freePort();
        try (OpenSslPeer server = OpenSslPeer.server(port, pem, PROFILE); UdpDriver udp = new UdpDriver()) {
            assertTrue(server.awaitOutput("ACCEPT"), server::output);
            udp.peer = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
            DtlsTransport dtls = new DtlsTransport(config(DtlsRole.CLIENT));
            dtls.start(System.nanoTime());
            assertTrue(udp.run(dtls, () -> dtls.state() != DtlsState.CONNECTING, 30_000), server::output);
            assertRefused(dtls);
            udp.flush(dtls);
            assertTrue(server.awaitOutput("alert number 45"), server::output);
        } finally {
            Files.deleteIfExists(pem);
        }
    }

    @Test
    void jrtcServerRefusesAnExpiredOpenSslClientCertificate() throws Exception {
        Path pem = OpenSslPeer.writePem(EXPIRED);
        try (UdpDriver udp = new UdpDriver()) {
            DtlsTransport dtls = new DtlsTransport(config(DtlsRole.SERVER));
            dtls.start(System.nanoTime());
            try (OpenSslPeer client = OpenSslPeer.client(udp.port(), pem, PROFILE)) {
                assertTrue(udp.run(dtls, () -> dtls.state() != DtlsState.CONNECTING, 30_000), client::output);
                assertRefused(dtls);
                udp.flush(dtls);
                assertTrue(client.awaitOutput("alert number 45"), client::output);
            }
        } finally {
            Files.deleteIfExists(pem);
        }
    }

    private static DtlsConfig config(DtlsRole role) {
        return DtlsConfig.builder().role(role).certificate(OURS).remoteFingerprint(EXPIRED.fingerprint())
                .srtpProfiles(List.of(PROFILE)).build();
    }

    private static void assertRefused(DtlsTransport dtls) {
        assertEquals(DtlsState.FAILED, dtls.state());
        assertNull(dtls.srtpKeyingMaterial());
        DtlsEvent.Failed failed = null;
        for (DtlsEvent e; (e = dtls.pollEvent()) != null; ) {
            assertTrue(!(e instanceof DtlsEvent.Connected) && !(e instanceof DtlsEvent.ApplicationData), e::toString);
            if (e instanceof DtlsEvent.Failed f) {
                failed = f;
            }
        }
        assertTrue(failed != null && failed.reason().startsWith(
                "sent fatal alert certificate_expired(45) (the peer's certificate (CN=jrtc-"), String.valueOf(failed));
        assertTrue(failed.reason().contains(") expired at "), failed.reason());
        assertEquals(45, failed.alert());
    }
}
