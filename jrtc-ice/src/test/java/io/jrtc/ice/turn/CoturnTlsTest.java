package io.jrtc.ice.turn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.peers.Coturn;
import io.jrtc.testkit.peers.TlsCertificates;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
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
        Path[] certAndKey = TlsCertificates.selfSigned(dir);
        try (Coturn coturn = Coturn.start(certAndKey);
                DatagramSocket peer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            peer.setSoTimeout(5000);
            TurnClientConfig config = TurnClientConfig.builder(coturn.tlsAddress, Coturn.USER, Coturn.PASSWORD)
                    .transport(TurnTransport.TLS).tls(TlsCertificates.trusting(certAndKey[0]), "127.0.0.1").build();
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
        Path[] certAndKey = TlsCertificates.selfSigned(dir);
        Path[] other = TlsCertificates.selfSigned(otherDir);
        try (Coturn coturn = Coturn.start(certAndKey)) {
            TurnClientConfig config = TurnClientConfig.builder(coturn.tlsAddress, Coturn.USER, Coturn.PASSWORD)
                    .transport(TurnTransport.TLS).tls(TlsCertificates.trusting(other[0]), "127.0.0.1").build();
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
}
