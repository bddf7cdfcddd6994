package io.jrtc.dtls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Against a real third-party DTLS stack: OpenSSL's s_server and s_client from Debian (package
 * {@code openssl}) on 127.0.0.1, in both roles and with each SRTP profile. The handshake must
 * complete, OpenSSL must report the profile we expect, and its EXTRACTOR-dtls_srtp export must be
 * byte-identical to ours.
 */
class OpenSslInteropTest {
    private static final DtlsCertificate OURS = DtlsCertificate.generate();
    private static final DtlsCertificate THEIRS = DtlsCertificate.generate();

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void jrtcClientAgainstOpenSslServer(SrtpProfile profile) throws Exception {
        Path pem = OpenSslPeer.writePem(THEIRS);
        int port = UdpDriver.freePort();
        try (OpenSslPeer server = OpenSslPeer.server(port, pem, profile); UdpDriver udp = new UdpDriver()) {
            awaitOutput(server, "ACCEPT");
            udp.peer = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
            DtlsTransport dtls = new DtlsTransport(config(DtlsRole.CLIENT, profile));
            dtls.start(System.nanoTime());
            assertTrue(udp.run(dtls, () -> dtls.state() != DtlsState.CONNECTING, 30_000), server::output);
            assertEquals(DtlsState.CONNECTED, dtls.state(), () -> events(dtls) + "\n" + server.output());
            assertSameKeys(dtls, server, profile);
            assertTrue(server.output().contains("Secure Renegotiation IS supported"), server::output);

            dtls.send("hello from jrtc\n".getBytes());
            assertEquals(1, udp.flush(dtls));
            awaitOutput(server, "hello from jrtc");
            server.type("hello from openssl");
            assertTrue(udp.run(dtls, () -> hasData(dtls, "hello from openssl"), 5_000), server::output);
        } finally {
            Files.deleteIfExists(pem);
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void openSslClientAgainstJrtcServer(SrtpProfile profile) throws Exception {
        Path pem = OpenSslPeer.writePem(THEIRS);
        try (UdpDriver udp = new UdpDriver()) {
            DtlsTransport dtls = new DtlsTransport(config(DtlsRole.SERVER, profile));
            dtls.start(System.nanoTime());
            try (OpenSslPeer client = OpenSslPeer.client(udp.port(), pem, profile)) {
                assertTrue(udp.run(dtls, () -> dtls.state() != DtlsState.CONNECTING, 30_000), client::output);
                assertEquals(DtlsState.CONNECTED, dtls.state(), () -> events(dtls) + "\n" + client.output());
                assertSameKeys(dtls, client, profile);
                // RFC 7627 extended master secret and RFC 5746 renegotiation_info, as s_client sees them
                assertTrue(client.output().contains("Extended master secret: yes"), client::output);
                assertTrue(client.output().contains("Secure Renegotiation IS supported"), client::output);

                client.type("hello from openssl");
                assertTrue(udp.run(dtls, () -> hasData(dtls, "hello from openssl"), 5_000), client::output);
                dtls.send("hello from jrtc\n".getBytes());
                assertEquals(1, udp.flush(dtls));
                awaitOutput(client, "hello from jrtc");

                dtls.close(); // close_notify: s_client sees the end of the connection and exits
                assertEquals(1, udp.flush(dtls));
                assertEquals(DtlsState.CLOSED, dtls.state());
                awaitOutput(client, "closed"); // what s_client prints on close_notify
            }
        } finally {
            Files.deleteIfExists(pem);
        }
    }

    private static DtlsConfig config(DtlsRole role, SrtpProfile profile) {
        return DtlsConfig.builder().role(role).certificate(OURS).remoteFingerprint(THEIRS.fingerprint())
                .srtpProfiles(List.of(profile)).build();
    }

    private static void assertSameKeys(DtlsTransport dtls, OpenSslPeer peer, SrtpProfile profile) throws Exception {
        awaitOutput(peer, "Keying material: ");
        SrtpKeyingMaterial ours = dtls.srtpKeyingMaterial();
        assertNotNull(ours);
        assertEquals(profile, ours.profile());
        assertEquals(OpenSslPeer.profileName(profile), peer.negotiatedProfile(), peer::output);
        assertArrayEquals(peer.keyingMaterial(), ours.material(), peer::output);
    }

    private static void awaitOutput(OpenSslPeer peer, String text) throws InterruptedException {
        assertTrue(peer.awaitOutput(text), () -> "openssl never printed '" + text + "':\n" + peer.output());
    }

    private static boolean hasData(DtlsTransport dtls, String text) {
        for (DtlsEvent e; (e = dtls.pollEvent()) != null; ) {
            if (e instanceof DtlsEvent.ApplicationData d && new String(d.data()).contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static String events(DtlsTransport dtls) {
        StringBuilder b = new StringBuilder();
        for (DtlsEvent e; (e = dtls.pollEvent()) != null; ) {
            b.append(e).append('\n');
        }
        return b.toString();
    }
}
