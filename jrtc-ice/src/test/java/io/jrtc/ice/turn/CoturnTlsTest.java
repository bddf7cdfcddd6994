package io.jrtc.ice.turn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.peers.Coturn;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * {@code turns:}: the client's SSLEngine, driven sans-IO, against coturn's TLS listener with a
 * self-signed certificate made by openssl for this run, trusted and verified by IP address.
 */
class CoturnTlsTest {
    private static final Duration GUARD = Duration.ofSeconds(20);

    @Test
    void allocatesAndRelaysOverTls() throws Exception {
        Path dir = Files.createTempDirectory("jrtc-turns");
        try {
            allocatesAndRelaysOverTls(dir);
        } finally {
            Coturn.deleteQuietly(dir);
        }
    }

    private void allocatesAndRelaysOverTls(Path dir) throws Exception {
        Path[] certAndKey = selfSigned(dir);
        try (Coturn coturn = Coturn.start(certAndKey);
                DatagramSocket peer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            peer.setSoTimeout(5000);
            TurnClientConfig config = TurnClientConfig.builder(coturn.tlsAddress, Coturn.USER, Coturn.PASSWORD)
                    .transport(TurnTransport.TLS).tls(trusting(certAndKey[0]), "127.0.0.1").build();
            try (BlockingTurnDriver d = BlockingTurnDriver.open(config)) {
                d.client.allocate(BlockingTurnDriver.now());
                TurnEvent.Allocated a = d.await(TurnEvent.Allocated.class, GUARD);
                InetSocketAddress peerAddress = (InetSocketAddress) peer.getLocalSocketAddress();
                d.client.bindChannel(BlockingTurnDriver.now(), peerAddress);
                d.await(TurnEvent.ChannelBound.class, GUARD);
                d.client.send(BlockingTurnDriver.now(), peerAddress, new byte[] {1, 2, 3});
                d.flush();
                DatagramPacket in = new DatagramPacket(new byte[100], 100);
                peer.receive(in);
                assertEquals(a.relayed(), in.getSocketAddress());
                assertEquals(3, in.getLength());
                peer.send(new DatagramPacket(new byte[] {4, 5}, 2, a.relayed()));
                TurnEvent.PeerData data = d.await(TurnEvent.PeerData.class, GUARD);
                assertTrue(Arrays.equals(new byte[] {4, 5}, data.data()));
                d.client.release(BlockingTurnDriver.now());
                assertTrue(d.await(TurnEvent.Released.class, GUARD).confirmed());
            }
        }
    }

    @Test
    void anUntrustedCertificateFailsTheClientWithATransportError() throws Exception {
        Path dir = Files.createTempDirectory("jrtc-turns");
        Path otherDir = Files.createTempDirectory("jrtc-turns-other");
        Path[] certAndKey = selfSigned(dir);
        Path[] other = selfSigned(otherDir);
        try (Coturn coturn = Coturn.start(certAndKey)) {
            TurnClientConfig config = TurnClientConfig.builder(coturn.tlsAddress, Coturn.USER, Coturn.PASSWORD)
                    .transport(TurnTransport.TLS).tls(trusting(other[0]), "127.0.0.1").build();
            try (BlockingTurnDriver d = BlockingTurnDriver.open(config)) {
                d.client.allocate(BlockingTurnDriver.now());
                TurnEvent.Failed f = d.await(TurnEvent.Failed.class, GUARD);
                assertEquals(TurnEvent.Failed.TRANSPORT_ERROR, f.code());
                assertTrue(f.reason().startsWith("TLS"), f.reason());
            }
        } finally {
            Coturn.deleteQuietly(dir);
            Coturn.deleteQuietly(otherDir);
        }
    }

    // openssl (Debian package openssl) makes a throw-away EC certificate for 127.0.0.1.
    static Path[] selfSigned(Path dir) throws IOException, InterruptedException {
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        if (!Files.isExecutable(Path.of("/usr/bin/openssl"))) {
            throw new AssertionError("/usr/bin/openssl is missing: install the Debian package openssl");
        }
        Process p = new ProcessBuilder("/usr/bin/openssl", "req", "-x509", "-newkey", "ec",
                "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj", "/CN=jrtc-test",
                "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key.toString(), "-out", cert.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("openssl.log").toFile()).start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new AssertionError("openssl req failed: " + Files.readString(dir.resolve("openssl.log")));
        }
        return new Path[] {cert, key};
    }

    static SSLContext trusting(Path certPem) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
        ks.load(null, null);
        try (InputStream in = Files.newInputStream(certPem)) {
            ks.setCertificateEntry("turn", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
