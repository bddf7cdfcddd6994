package io.jrtc.dtls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;

/**
 * The peer's certificate must be within its validity period at handshake time, by the configured
 * clock, in either role: expired or not yet valid fails with certificate_expired(45), naming the
 * date. The clocks here are fixed, so the outcome does not depend on when the test runs.
 */
class CertificateValidityTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration MONTH = Duration.ofDays(30);
    /** Valid from T0 - 1 day (the generator backdates a day for skew) until T0 + 30 days. */
    private static final DtlsCertificate FROM_T0 = DtlsCertificate.generate(CertificateAlgorithm.ECDSA_P256, MONTH, T0);
    /** Valid from T0 + 29 days until T0 + 60 days. */
    private static final DtlsCertificate FROM_T30 =
            DtlsCertificate.generate(CertificateAlgorithm.ECDSA_P256, MONTH, T0.plus(MONTH));
    private static final InstantSource AT_T31 = InstantSource.fixed(T0.plus(Duration.ofDays(31)));
    private static final InstantSource AT_T0 = InstantSource.fixed(T0);

    @Test
    void clientRejectsAnExpiredServerCertificate() {
        DtlsPair pair = new DtlsPair(71, DtlsPair.delayed(), FROM_T30, FROM_T0,
                b -> b.clock(AT_T31), b -> b.clock(AT_T31));
        assertTrue(pair.handshake(Duration.ofSeconds(10)), pair.sim::status);
        assertRefused(pair.client, pair.server, FROM_T0, "expired at 2026-03-31T12:00:00Z (now 2026-04-01T12:00:00Z)");
    }

    @Test
    void serverRejectsAnExpiredClientCertificate() {
        DtlsPair pair = new DtlsPair(72, DtlsPair.delayed(), FROM_T0, FROM_T30,
                b -> b.clock(AT_T31), b -> b.clock(AT_T31));
        assertTrue(pair.handshake(Duration.ofSeconds(10)), pair.sim::status);
        assertRefused(pair.server, pair.client, FROM_T0, "expired at 2026-03-31T12:00:00Z (now 2026-04-01T12:00:00Z)");
    }

    @Test
    void clientRejectsAServerCertificateNotYetValid() {
        DtlsPair pair = new DtlsPair(73, DtlsPair.delayed(), FROM_T0, FROM_T30,
                b -> b.clock(AT_T0), b -> b.clock(AT_T0));
        assertTrue(pair.handshake(Duration.ofSeconds(10)), pair.sim::status);
        assertRefused(pair.client, pair.server, FROM_T30, "is not valid before 2026-03-30T12:00:00Z (now 2026-03-01T12:00:00Z)");
    }

    @Test
    void serverRejectsAClientCertificateNotYetValid() {
        DtlsPair pair = new DtlsPair(74, DtlsPair.delayed(), FROM_T30, FROM_T0,
                b -> b.clock(AT_T0), b -> b.clock(AT_T0));
        assertTrue(pair.handshake(Duration.ofSeconds(10)), pair.sim::status);
        assertRefused(pair.server, pair.client, FROM_T30, "is not valid before 2026-03-30T12:00:00Z (now 2026-03-01T12:00:00Z)");
    }

    @Test
    void certificatesWithinTheirPeriodConnectAtTheEdges() {
        // notAfter itself is still valid (RFC 5280 §4.1.2.5: inclusive), as is the backdated notBefore.
        for (Instant now : new Instant[] {T0.minus(Duration.ofDays(1)), T0.plus(MONTH)}) {
            DtlsPair pair = new DtlsPair(75, DtlsPair.delayed(), FROM_T0, FROM_T0,
                    b -> b.clock(InstantSource.fixed(now)), b -> b.clock(InstantSource.fixed(now)));
            assertTrue(pair.handshake(Duration.ofSeconds(10)), pair.sim::status);
            assertTrue(pair.client.connected() && pair.server.connected(), now::toString);
        }
    }

    private static String subjectOf(DtlsCertificate c) {
        return org.bouncycastle.asn1.x509.Certificate.getInstance(c.derEncoded()).getSubject().toString();
    }

    private static void assertRefused(DtlsNode refusing, DtlsNode refused, DtlsCertificate presented, String why) {
        assertEquals(DtlsState.FAILED, refusing.dtls.state(), refusing.events::toString);
        DtlsEvent.Failed failed = refusing.failure();
        String subject = subjectOf(presented);
        assertTrue(subject.startsWith("CN=jrtc-"), subject);
        assertEquals("sent fatal alert certificate_expired(45) (the peer's certificate (" + subject + ") " + why + ")",
                failed.reason());
        assertEquals(45, failed.alert());
        assertEquals(DtlsState.FAILED, refused.dtls.state(), refused.events::toString);
        assertTrue(refused.failure().reason().startsWith("received fatal alert certificate_expired(45)"),
                refused.failure().reason());
        for (DtlsNode n : new DtlsNode[] {refusing, refused}) {
            assertNull(n.dtls.srtpKeyingMaterial());
            assertTrue(n.received.isEmpty());
            assertTrue(n.events.stream().noneMatch(e -> e instanceof DtlsEvent.Connected));
        }
    }
}
