package io.jrtc.dtls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pins what jrtc's hellos carry on the wire, since every WebRTC peer parses them. */
class HelloWireFormatTest {
    /** The ClientHello as jrtc sent it before its group and signature lists became constants. */
    private static final List<Integer> SUITES = List.of(0xc02b, 0xc02f, 0xc02c, 0xc030, 0xcca9, 0xcca8, 0x00ff);
    private static final List<Integer> CLIENT_EXTENSION_ORDER = List.of(23, 22, 10, 5, 14, 13, 11);
    /** x25519, x448, secp256r1, secp384r1 (RFC 8422 §5.1.1). */
    private static final String GROUPS = "0008001d001e00170018";
    /** RFC 8446 §4.2.3 code points: EdDSA, ECDSA, RSA-PSS, ML-DSA, RSA PKCS#1, DSA, then the SHA-224 and SHA-1 pairs. */
    private static final String SIGNATURE_ALGORITHMS = "080708080403050306030809080a080b080408050806090409050906"
            + "040105010601040205020602030303010302020302010202";
    /** The four default profiles, no MKI (RFC 5764 §4.1.1, RFC 7714 §14.2). */
    private static final String USE_SRTP = "0008000700080001000200";

    @Test
    void theClientHelloOffersTheSameSuitesGroupsAndSignatureAlgorithmsAsBefore() {
        HandshakeMessages fromClient = new HandshakeMessages();
        handshake(DtlsPair.CLIENT_CERT, DtlsPair.SERVER_CERT, fromClient, new HandshakeMessages());
        byte[] hello = fromClient.body(1);
        assertEquals(SUITES, HandshakeMessages.clientHelloSuites(hello));
        Map<Integer, byte[]> ext = HandshakeMessages.clientHelloExtensions(hello);
        assertEquals(CLIENT_EXTENSION_ORDER, List.copyOf(ext.keySet()));
        assertEquals(GROUPS, HandshakeMessages.hex(ext.get(10)));
        assertEquals("00" + Integer.toHexString(SIGNATURE_ALGORITHMS.length() / 2) + SIGNATURE_ALGORITHMS,
                HandshakeMessages.hex(ext.get(13)));
        assertEquals(USE_SRTP, HandshakeMessages.hex(ext.get(14)));
        assertEquals("0100", HandshakeMessages.hex(ext.get(11)));
        assertEquals("0100000000", HandshakeMessages.hex(ext.get(5)));
        assertEquals("", HandshakeMessages.hex(ext.get(23)));
    }

    @Test
    void theServerAnswersWithX25519AndAsksForTheSameSignatureAlgorithms() {
        for (CertificateAlgorithm alg : CertificateAlgorithm.values()) {
            DtlsCertificate c = alg == CertificateAlgorithm.ECDSA_P256 ? DtlsPair.CLIENT_CERT
                    : DtlsCertificate.generate(alg, java.time.Duration.ofDays(1), java.time.Instant.now());
            DtlsCertificate s = alg == CertificateAlgorithm.ECDSA_P256 ? DtlsPair.SERVER_CERT
                    : DtlsCertificate.generate(alg, java.time.Duration.ofDays(1), java.time.Instant.now());
            HandshakeMessages fromServer = new HandshakeMessages();
            handshake(c, s, new HandshakeMessages(), fromServer);
            assertEquals(List.of(2, 11, 12, 13, 14), fromServer.types(), alg.toString());
            Map<Integer, byte[]> ext = HandshakeMessages.serverHelloExtensions(fromServer.body(2));
            assertEquals(List.of(5, 23, 65281, 14, 11), List.copyOf(ext.keySet()), alg.toString());
            assertEquals("0002000700", HandshakeMessages.hex(ext.get(14)));
            assertEquals("types=4001 sigalgs=" + SIGNATURE_ALGORITHMS + " authorities=0",
                    HandshakeMessages.certificateRequest(fromServer.body(13)), alg.toString());
            // ServerKeyExchange: named_curve x25519 with a 32-byte point (RFC 8422 §5.4).
            assertEquals("03001d20", HandshakeMessages.hex(Arrays.copyOf(fromServer.body(12), 4)), alg.toString());
        }
    }

    static void handshake(DtlsCertificate clientCert, DtlsCertificate serverCert, HandshakeMessages fromClient,
            HandshakeMessages fromServer) {
        DtlsTransport client = new DtlsTransport(DtlsConfig.builder().role(DtlsRole.CLIENT).certificate(clientCert)
                .remoteFingerprint(serverCert.fingerprint()).build());
        DtlsTransport server = new DtlsTransport(DtlsConfig.builder().role(DtlsRole.SERVER).certificate(serverCert)
                .remoteFingerprint(clientCert.fingerprint()).build());
        server.start(0);
        client.start(0);
        for (int round = 0; round < 20; round++) {
            boolean moved = pump(client, server, fromClient) | pump(server, client, fromServer);
            if (client.state() == DtlsState.CONNECTED && server.state() == DtlsState.CONNECTED) {
                return;
            }
            if (!moved) {
                break;
            }
        }
        throw new AssertionError("no handshake: " + client.state() + " / " + server.state());
    }

    private static boolean pump(DtlsTransport from, DtlsTransport to, HandshakeMessages seen) {
        boolean moved = false;
        for (byte[] d; (d = from.pollTransmit()) != null; ) {
            seen.add(d);
            to.handleInput(0, d);
            moved = true;
        }
        return moved;
    }
}
