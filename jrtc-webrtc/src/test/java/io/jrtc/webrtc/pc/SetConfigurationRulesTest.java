package io.jrtc.webrtc.pc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.webrtc.RTCBundlePolicy;
import io.jrtc.webrtc.RTCCertificate;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCErrorName;
import io.jrtc.webrtc.RTCException;
import io.jrtc.webrtc.RTCIceServer;
import io.jrtc.webrtc.RTCIceTransportPolicy;
import io.jrtc.webrtc.RTCPeerConnection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * W3C "set a configuration" (WebRTC 1.0 section 4.4.1.6) through {@code setConfiguration}: what
 * may not change fails with InvalidModificationError and leaves the configuration as it was; what
 * may change is taken.
 */
class SetConfigurationRulesTest {
    private static final RTCCertificate CERT = RTCCertificate.generate();

    private static RTCException refused(RTCPeerConnection pc, RTCConfiguration next) {
        RTCConfiguration before = pc.getConfiguration();
        RTCException e = assertThrows(RTCException.class, () -> pc.setConfiguration(next));
        assertEquals(RTCErrorName.INVALID_MODIFICATION_ERROR, e.name(), e.getMessage());
        assertEquals(before, pc.getConfiguration(), "a refused configuration changes nothing");
        return e;
    }

    @Test
    void certificatesMayNotChangeNorBeLeftOut() {
        RTCConfiguration withCert = RTCConfiguration.builder().certificates(List.of(CERT)).build();
        try (RTCPeerConnection pc = new RTCPeerConnection(withCert, Peers.LOOPBACK)) {
            RTCException other = refused(pc, withCert.toBuilder().certificates(List.of(RTCCertificate.generate())).build());
            assertTrue(other.getMessage().contains("certificates"), other.getMessage());
            refused(pc, withCert.toBuilder().certificates(List.of()).build());
            refused(pc, withCert.toBuilder().certificates(List.of(CERT, CERT)).build());
            RTCConfiguration same = withCert.toBuilder().iceTransportPolicy(RTCIceTransportPolicy.RELAY).build();
            pc.setConfiguration(same);
            assertEquals(same, pc.getConfiguration());
        }
        try (RTCPeerConnection pc = new RTCPeerConnection(RTCConfiguration.defaults(), Peers.LOOPBACK)) {
            refused(pc, RTCConfiguration.builder().certificates(List.of(CERT)).build());
        }
    }

    @Test
    void bundlePolicyMayNotChange() {
        try (RTCPeerConnection pc = new RTCPeerConnection(RTCConfiguration.defaults(), Peers.LOOPBACK)) {
            for (RTCBundlePolicy p : RTCBundlePolicy.values()) {
                if (p != pc.getConfiguration().bundlePolicy()) {
                    RTCException e = refused(pc, pc.getConfiguration().toBuilder().bundlePolicy(p).build());
                    assertTrue(e.getMessage().contains("bundlePolicy"), e.getMessage());
                }
            }
        }
    }

    @Test
    void theCandidatePoolSizeMayChangeOnlyBeforeTheFirstLocalDescription() {
        try (RTCPeerConnection pc = new RTCPeerConnection(RTCConfiguration.defaults(), Peers.LOOPBACK)) {
            RTCConfiguration one = pc.getConfiguration().toBuilder().iceCandidatePoolSize(1).build();
            pc.setConfiguration(one);
            assertEquals(1, pc.getConfiguration().iceCandidatePoolSize());
            pc.createDataChannel("x");
            Peers.await(pc.setLocalDescription(), "setLocalDescription");
            RTCException e = refused(pc, one.toBuilder().iceCandidatePoolSize(2).build());
            assertTrue(e.getMessage().contains("iceCandidatePoolSize"), e.getMessage());
            // The servers and the policy may still change after it.
            RTCConfiguration servers = one.toBuilder().iceServer(RTCIceServer.of("stun:127.0.0.1:3478"))
                    .iceTransportPolicy(RTCIceTransportPolicy.RELAY).build();
            pc.setConfiguration(servers);
            assertEquals(servers, pc.getConfiguration());
        }
    }
}
