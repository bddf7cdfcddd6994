package io.jrtc.webrtc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JrtcSettingsTest {
    @Test
    void defaultsAndValidation() {
        JrtcSettings d = JrtcSettings.defaults();
        assertFalse(d.isSinglePort());
        assertFalse(d.loopbackCandidates());
        assertEquals(262_144, d.maxMessageSize());
        JrtcSettings s = JrtcSettings.builder().singlePort(50000).portRange(40000, 40100).loopbackCandidates(true).build();
        assertTrue(s.isSinglePort());
        assertEquals(40000, s.portMin());
        assertThrows(IllegalArgumentException.class, () -> JrtcSettings.builder().portRange(5, 4));
        assertThrows(IllegalArgumentException.class, () -> JrtcSettings.builder().portRange(0, 10));
        assertThrows(IllegalArgumentException.class, () -> JrtcSettings.builder().singlePort(70000));
        assertThrows(IllegalArgumentException.class, () -> JrtcSettings.builder().iceFailedTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> JrtcSettings.builder().iceDisconnectedTimeout(Duration.ofSeconds(40)).build());
        assertThrows(IllegalArgumentException.class, () -> JrtcSettings.builder().maxMessageSize(-1));
    }

    @Test
    void mdnsIsOffAndEveryAddressPassesByDefault() throws Exception {
        JrtcSettings d = JrtcSettings.defaults();
        assertFalse(d.mdns());
        assertTrue(d.hostAddressFilter().test(java.net.InetAddress.getByName("192.0.2.7")));
        java.net.InetAddress only = java.net.InetAddress.getByName("10.77.1.1");
        JrtcSettings s = JrtcSettings.builder().mdns(true).hostAddressFilter(only::equals).build();
        assertTrue(s.mdns());
        assertTrue(s.hostAddressFilter().test(only));
        assertFalse(s.hostAddressFilter().test(java.net.InetAddress.getByName("10.77.1.2")));
        assertTrue(s.toString().contains("mdns=true"), s::toString);
        assertThrows(NullPointerException.class, () -> JrtcSettings.builder().hostAddressFilter(null));
    }
}
