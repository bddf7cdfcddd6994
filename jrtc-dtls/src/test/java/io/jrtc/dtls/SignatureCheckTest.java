package io.jrtc.dtls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A signature that does not verify fails the handshake with decrypt_error (RFC 5246 §7.4.3,
 * §7.4.8): the ServerKeyExchange checked by the client and the CertificateVerify checked by the
 * server, for both key types; the certificates still match their fingerprints, so only the
 * signature check can catch it.
 */
class SignatureCheckTest {
    private static final int SERVER_KEY_EXCHANGE = 12;
    private static final int CERTIFICATE_VERIFY = 15;

    @ParameterizedTest
    @EnumSource(CertificateAlgorithm.class)
    void aCorruptServerKeyExchangeSignatureFailsTheClient(CertificateAlgorithm alg) {
        Result r = handshakeCorrupting(alg, false, SERVER_KEY_EXCHANGE);
        assertEquals(DtlsState.FAILED, r.client.state());
        assertEquals("sent fatal alert decrypt_error(51)", failure(r.client).reason());
        assertTrue(r.server.state() != DtlsState.CONNECTED);
    }

    @ParameterizedTest
    @EnumSource(CertificateAlgorithm.class)
    void aCorruptCertificateVerifySignatureFailsTheServer(CertificateAlgorithm alg) {
        Result r = handshakeCorrupting(alg, true, CERTIFICATE_VERIFY);
        assertEquals(DtlsState.FAILED, r.server.state());
        assertEquals("sent fatal alert decrypt_error(51)", failure(r.server).reason());
        assertTrue(r.client.state() != DtlsState.CONNECTED);
    }

    private record Result(DtlsTransport client, DtlsTransport server) {}

    private static Result handshakeCorrupting(CertificateAlgorithm alg, boolean fromClient, int messageType) {
        DtlsCertificate c = alg == CertificateAlgorithm.ECDSA_P256 ? DtlsPair.CLIENT_CERT
                : DtlsCertificate.generate(alg, Duration.ofDays(1), Instant.now());
        DtlsCertificate s = alg == CertificateAlgorithm.ECDSA_P256 ? DtlsPair.SERVER_CERT
                : DtlsCertificate.generate(alg, Duration.ofDays(1), Instant.now());
        DtlsTransport client = new DtlsTransport(DtlsConfig.builder().role(DtlsRole.CLIENT).certificate(c)
                .remoteFingerprint(s.fingerprint()).build());
        DtlsTransport server = new DtlsTransport(DtlsConfig.builder().role(DtlsRole.SERVER).certificate(s)
                .remoteFingerprint(c.fingerprint()).build());
        server.start(0);
        client.start(0);
        boolean[] corrupted = {false};
        for (int round = 0; round < 20; round++) {
            boolean moved = pump(client, server, fromClient ? messageType : -1, corrupted)
                    | pump(server, client, fromClient ? -1 : messageType, corrupted);
            if (!moved) {
                break;
            }
        }
        assertTrue(corrupted[0], "the message was found and corrupted");
        return new Result(client, server);
    }

    private static boolean pump(DtlsTransport from, DtlsTransport to, int corruptType, boolean[] corrupted) {
        boolean moved = false;
        for (byte[] d; (d = from.pollTransmit()) != null; ) {
            if (corruptType >= 0 && flipLastByte(d, corruptType)) {
                corrupted[0] = true;
            }
            to.handleInput(0, d);
            moved = true;
        }
        return moved;
    }

    /** Flips the last byte (inside the signature) of the handshake message of this type, if this datagram ends it. */
    private static boolean flipLastByte(byte[] datagram, int type) {
        ByteBuffer b = ByteBuffer.wrap(datagram);
        while (b.remaining() >= 13) {
            int contentType = b.get() & 0xFF;
            b.position(b.position() + 10);
            int length = b.getShort() & 0xFFFF;
            int end = b.position() + length;
            while (contentType == 22 && b.position() + 12 <= end) {
                int start = b.position();
                int msgType = b.get() & 0xFF;
                int total = u24(b);
                b.getShort();
                int offset = u24(b);
                int fragment = u24(b);
                if (msgType == type && offset + fragment == total && fragment > 0) {
                    datagram[start + 12 + fragment - 1] ^= 0x01;
                    return true;
                }
                b.position(start + 12 + fragment);
            }
            b.position(end);
        }
        return false;
    }

    private static int u24(ByteBuffer b) {
        return ((b.get() & 0xFF) << 16) | ((b.get() & 0xFF) << 8) | (b.get() & 0xFF);
    }

    private static DtlsEvent.Failed failure(DtlsTransport t) {
        DtlsEvent.Failed failed = null;
        for (DtlsEvent e; (e = t.pollEvent()) != null; ) {
            if (e instanceof DtlsEvent.Failed f) {
                failed = f;
            }
        }
        if (failed == null) {
            throw new AssertionError("no failure event");
        }
        return failed;
    }
}
