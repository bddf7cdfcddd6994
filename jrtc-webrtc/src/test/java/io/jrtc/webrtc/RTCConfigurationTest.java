package io.jrtc.webrtc;

import static io.jrtc.webrtc.RtcAssertions.assertRtcError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.dtls.CertificateAlgorithm;
import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.webrtc.internal.config.ConfigurationChecks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RTCConfigurationTest {
    @Test
    void defaults() {
        RTCConfiguration c = RTCConfiguration.defaults();
        assertTrue(c.iceServers().isEmpty());
        assertEquals(RTCIceTransportPolicy.ALL, c.iceTransportPolicy());
        assertEquals(RTCBundlePolicy.MAX_BUNDLE, c.bundlePolicy());
        assertEquals(RTCRtcpMuxPolicy.REQUIRE, c.rtcpMuxPolicy());
        assertEquals(0, c.iceCandidatePoolSize());
        assertEquals(c, c.toBuilder().build());
    }

    @Test
    void poolSizeIsAnOctet() {
        assertRtcError(RTCErrorName.TYPE_ERROR, () -> RTCConfiguration.builder().iceCandidatePoolSize(256));
        assertRtcError(RTCErrorName.TYPE_ERROR, () -> RTCConfiguration.builder().iceCandidatePoolSize(-1));
        assertEquals(255, RTCConfiguration.builder().iceCandidatePoolSize(255).build().iceCandidatePoolSize());
    }

    @Test
    void setConfigurationMayNotChangeTheFixedMembers() {
        RTCConfiguration current = RTCConfiguration.builder().iceServer(RTCIceServer.of("stun:a")).build();
        ConfigurationChecks.checkUpdate(current, current.toBuilder().iceServers(List.of())
                .iceTransportPolicy(RTCIceTransportPolicy.RELAY).iceCandidatePoolSize(3).build(), false);
        assertRtcError(RTCErrorName.INVALID_MODIFICATION_ERROR, () -> ConfigurationChecks.checkUpdate(current,
                current.toBuilder().bundlePolicy(RTCBundlePolicy.BALANCED).build(), false));
        assertRtcError(RTCErrorName.INVALID_MODIFICATION_ERROR, () -> ConfigurationChecks.checkUpdate(current,
                current.toBuilder().iceCandidatePoolSize(1).build(), true));
        RTCCertificate cert = RTCCertificate.generate();
        assertRtcError(RTCErrorName.INVALID_MODIFICATION_ERROR, () -> ConfigurationChecks.checkUpdate(current,
                current.toBuilder().certificates(List.of(cert)).build(), false));
        RTCConfiguration withCert = current.toBuilder().certificates(List.of(cert)).build();
        ConfigurationChecks.checkUpdate(withCert, withCert.toBuilder().build(), true);
        assertNotEquals(current, withCert);
    }

    @Test
    void anExpiredCertificateIsRefused() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        RTCCertificate cert = RTCCertificate.of(
                DtlsCertificate.generate(CertificateAlgorithm.ECDSA_P256, Duration.ofDays(1), start));
        RTCConfiguration c = RTCConfiguration.builder().certificates(List.of(cert)).build();
        ConfigurationChecks.checkNew(c, start.plusSeconds(60));
        assertRtcError(RTCErrorName.INVALID_ACCESS_ERROR, () -> ConfigurationChecks.checkNew(c, start.plus(Duration.ofDays(2))));
        assertEquals(start.plus(Duration.ofDays(1)).toEpochMilli(), cert.expires());
        RTCDtlsFingerprint f = cert.getFingerprints().get(0);
        assertEquals("sha-256", f.algorithm());
        assertTrue(f.value().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), f.value());
    }
}
