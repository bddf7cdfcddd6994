package io.jrtc.dtls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** jrtc client and jrtc server over the simulated network, perfect links. */
class DtlsHandshakeTest {
    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void eachProfileNegotiatesAndBothSidesExportTheSameKeys(SrtpProfile profile) {
        DtlsPair pair = new DtlsPair(1, DtlsPair.delayed(), b -> b.srtpProfiles(List.of(profile)), b -> b);
        assertTrue(pair.handshake(Duration.ofSeconds(5)), () -> pair.sim.status());
        assertTrue(pair.client.connected() && pair.server.connected());
        SrtpKeyingMaterial c = pair.client.dtls.srtpKeyingMaterial();
        SrtpKeyingMaterial s = pair.server.dtls.srtpKeyingMaterial();
        assertEquals(profile, c.profile());
        assertEquals(profile, s.profile());
        assertEquals(profile.keyingMaterialLength(), c.material().length);
        assertArrayEquals(c.material(), s.material());
        assertEquals(0, pair.client.dtls.stats().retransmitTimeouts());
    }

    @Test
    void serverPrefersItsOwnOrder() {
        DtlsPair pair = new DtlsPair(2, DtlsPair.delayed(), b -> b,
                b -> b.srtpProfiles(List.of(SrtpProfile.SRTP_AES128_CM_HMAC_SHA1_32, SrtpProfile.SRTP_AEAD_AES_128_GCM)));
        assertTrue(pair.handshake(Duration.ofSeconds(5)));
        assertEquals(SrtpProfile.SRTP_AES128_CM_HMAC_SHA1_32, pair.client.dtls.srtpKeyingMaterial().profile());
    }

    @Test
    void withoutCommonProfileTheHandshakeStillConnectsWithoutKeys() {
        DtlsPair pair = new DtlsPair(3, DtlsPair.delayed(), b -> b.srtpProfiles(List.of(SrtpProfile.SRTP_AEAD_AES_256_GCM)),
                b -> b.srtpProfiles(List.of(SrtpProfile.SRTP_AES128_CM_HMAC_SHA1_80)));
        assertTrue(pair.handshake(Duration.ofSeconds(5)));
        assertTrue(pair.client.connected() && pair.server.connected());
        assertEquals(null, pair.client.dtls.srtpKeyingMaterial());
        DtlsEvent.Connected connected = pair.client.events.stream().filter(DtlsEvent.Connected.class::isInstance)
                .map(DtlsEvent.Connected.class::cast).findFirst().orElseThrow();
        assertEquals(null, connected.keys());
    }

    @Test
    void rsaCertificatesOnBothSides() {
        DtlsCertificate rsaA = DtlsCertificate.generate(CertificateAlgorithm.RSA_2048, Duration.ofDays(1), java.time.Instant.now());
        DtlsCertificate rsaB = DtlsCertificate.generate(CertificateAlgorithm.RSA_2048, Duration.ofDays(1), java.time.Instant.now());
        DtlsPair pair = new DtlsPair(4, DtlsPair.delayed(), rsaA, rsaB, b -> b, b -> b);
        assertTrue(pair.handshake(Duration.ofSeconds(5)));
        assertTrue(pair.client.connected() && pair.server.connected());
        // RSA-2048 flights are the largest WebRTC sends; at the default 1200-byte MTU they are split.
        assertTrue(pair.client.largestDatagram <= DtlsConfig.DEFAULT_MTU, "client sent " + pair.client.largestDatagram);
        assertTrue(pair.server.largestDatagram <= DtlsConfig.DEFAULT_MTU, "server sent " + pair.server.largestDatagram);
        assertArrayEquals(pair.client.dtls.srtpKeyingMaterial().material(), pair.server.dtls.srtpKeyingMaterial().material());
    }

    @Test
    void mixedKeyTypes() {
        DtlsCertificate rsa = DtlsCertificate.generate(CertificateAlgorithm.RSA_2048, Duration.ofDays(1), java.time.Instant.now());
        DtlsPair pair = new DtlsPair(5, DtlsPair.delayed(), DtlsPair.CLIENT_CERT, rsa, b -> b, b -> b);
        assertTrue(pair.handshake(Duration.ofSeconds(5)));
        assertTrue(pair.client.connected() && pair.server.connected());
    }

    @Test
    void statesFollowTheW3cOrderAndEventsCarryTheKeys() {
        DtlsPair pair = DtlsPair.plain(6);
        assertEquals(DtlsState.NEW, pair.client.dtls.state());
        assertTrue(pair.handshake(Duration.ofSeconds(5)));
        List<DtlsState> states = pair.client.events.stream().filter(DtlsEvent.StateChanged.class::isInstance)
                .map(e -> ((DtlsEvent.StateChanged) e).state()).toList();
        assertEquals(List.of(DtlsState.CONNECTING, DtlsState.CONNECTED), states);
        DtlsEvent.Connected connected = pair.server.events.stream().filter(DtlsEvent.Connected.class::isInstance)
                .map(DtlsEvent.Connected.class::cast).findFirst().orElseThrow();
        assertNotNull(connected.keys());
        assertEquals(pair.server.dtls.srtpKeyingMaterial(), connected.keys());
    }

    @Test
    void applicationDataBothWaysThenCloseNotify() {
        DtlsPair pair = DtlsPair.plain(7);
        assertTrue(pair.handshake(Duration.ofSeconds(5)));
        pair.client.dtls.send("hello server".getBytes());
        pair.server.dtls.send("hello client".getBytes());
        assertTrue(pair.sim.runUntil(() -> !pair.client.received.isEmpty() && !pair.server.received.isEmpty(),
                Duration.ofSeconds(1)));
        assertEquals("hello server", new String(pair.server.received.get(0)));
        assertEquals("hello client", new String(pair.client.received.get(0)));

        pair.client.dtls.close();
        assertEquals(DtlsState.CLOSED, pair.client.dtls.state());
        assertTrue(pair.sim.runUntil(() -> pair.server.dtls.state() == DtlsState.CLOSED, Duration.ofSeconds(1)));
        assertEquals(1, pair.server.dtls.stats().applicationRecords());
    }

    @Test
    void flightsFitTheMtu() {
        DtlsCertificate rsaA = DtlsCertificate.generate(CertificateAlgorithm.RSA_2048, Duration.ofDays(1), java.time.Instant.now());
        DtlsCertificate rsaB = DtlsCertificate.generate(CertificateAlgorithm.RSA_2048, Duration.ofDays(1), java.time.Instant.now());
        DtlsPair pair = new DtlsPair(8, DtlsPair.delayed(), rsaA, rsaB, b -> b.mtu(600), b -> b.mtu(600));
        assertTrue(pair.handshake(Duration.ofSeconds(5)));
        assertTrue(pair.client.connected() && pair.server.connected());
        assertTrue(pair.client.largestDatagram <= 600, "client sent " + pair.client.largestDatagram);
        assertTrue(pair.server.largestDatagram <= 600, "server sent " + pair.server.largestDatagram);
        assertTrue(pair.server.largestDatagram > 400, "the certificate flight was fragmented close to the MTU");
    }
}
