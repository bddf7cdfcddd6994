package io.jrtc.dtls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A certificate that does not match the SDP fingerprint fails the handshake, in either role. */
class FingerprintMismatchTest {
    private static final DtlsCertificate STRANGER = DtlsCertificate.generate();

    @Test
    void clientRejectsTheServersCertificate() {
        DtlsPair pair = new DtlsPair(51, DtlsPair.delayed(),
                b -> fingerprintsOnly(b, STRANGER.fingerprint()), b -> b);
        assertTrue(pair.handshake(Duration.ofSeconds(10)), pair.sim::status);
        assertFailedWith(pair.client, "sent fatal alert bad_certificate(42)");
        assertFailedWith(pair.server, "received fatal alert bad_certificate(42)");
        assertNoSecretsOrData(pair);
    }

    @Test
    void serverRejectsTheClientsCertificate() {
        DtlsPair pair = new DtlsPair(52, DtlsPair.delayed(), b -> b,
                b -> fingerprintsOnly(b, STRANGER.fingerprint("sha-512")));
        assertTrue(pair.handshake(Duration.ofSeconds(10)), pair.sim::status);
        assertFailedWith(pair.server, "sent fatal alert bad_certificate(42)");
        assertFailedWith(pair.client, "received fatal alert bad_certificate(42)");
        assertNoSecretsOrData(pair);
        assertThrows(IllegalStateException.class, () -> pair.client.dtls.send(new byte[] {1}));
    }

    @Test
    void anyMatchingHashAlgorithmIsAccepted() {
        for (String alg : new String[] {"sha-1", "sha-256", "sha-384", "sha-512"}) {
            DtlsPair pair = new DtlsPair(53, DtlsPair.delayed(),
                    b -> fingerprintsOnly(b, DtlsPair.SERVER_CERT.fingerprint(alg)),
                    b -> fingerprintsOnly(b, STRANGER.fingerprint(alg), DtlsPair.CLIENT_CERT.fingerprint(alg)));
            assertTrue(pair.handshake(Duration.ofSeconds(10)));
            assertTrue(pair.client.connected() && pair.server.connected(), alg);
        }
    }

    @Test
    void oneFlippedBitFails() {
        byte[] value = DtlsPair.SERVER_CERT.fingerprint().value();
        value[31] ^= 1;
        DtlsPair pair = new DtlsPair(54, DtlsPair.delayed(),
                b -> fingerprintsOnly(b, new DtlsFingerprint("sha-256", value)), b -> b);
        assertTrue(pair.handshake(Duration.ofSeconds(10)));
        assertEquals(DtlsState.FAILED, pair.client.dtls.state());
        assertEquals(DtlsState.FAILED, pair.server.dtls.state());
    }

    private static DtlsConfig.Builder fingerprintsOnly(DtlsConfig.Builder b, DtlsFingerprint... fps) {
        DtlsConfig old = b.build();
        DtlsConfig.Builder fresh = DtlsConfig.builder().role(old.role()).certificate(old.certificate());
        for (DtlsFingerprint f : fps) {
            fresh.remoteFingerprint(f);
        }
        return fresh;
    }

    private static void assertFailedWith(DtlsNode node, String reasonStart) {
        assertEquals(DtlsState.FAILED, node.dtls.state(), node.events::toString);
        DtlsEvent.Failed failed = node.failure();
        assertTrue(failed.reason().startsWith(reasonStart), failed.reason());
        assertEquals(42, failed.alert());
    }

    private static void assertNoSecretsOrData(DtlsPair pair) {
        for (DtlsNode n : pair.both()) {
            assertNull(n.dtls.srtpKeyingMaterial());
            assertTrue(n.received.isEmpty());
            assertTrue(n.events.stream().noneMatch(e -> e instanceof DtlsEvent.Connected));
            assertEquals(DtlsState.FAILED, n.dtls.state());
        }
    }
}
