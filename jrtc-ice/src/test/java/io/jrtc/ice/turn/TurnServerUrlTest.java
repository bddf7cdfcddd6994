package io.jrtc.ice.turn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 7065 TURN URIs. */
class TurnServerUrlTest {

    @Test
    void defaultsFollowRfc7065() {
        assertEquals(new TurnServerUrl(false, "turn.example.org", 3478, TurnTransport.UDP),
                TurnServerUrl.parse("turn:turn.example.org"));
        assertEquals(new TurnServerUrl(true, "turn.example.org", 5349, TurnTransport.TLS),
                TurnServerUrl.parse("turns:turn.example.org"));
    }

    @Test
    void portsTransportsAndIpv6Literals() {
        assertEquals(new TurnServerUrl(false, "192.0.2.1", 3479, TurnTransport.TCP),
                TurnServerUrl.parse("turn:192.0.2.1:3479?transport=tcp"));
        assertEquals(new TurnServerUrl(false, "2001:db8::1", 3478, TurnTransport.UDP),
                TurnServerUrl.parse("turn:[2001:db8::1]?transport=udp"));
        assertEquals(new TurnServerUrl(true, "::1", 443, TurnTransport.TLS),
                TurnServerUrl.parse("TURNS:[::1]:443?transport=TCP"));
    }

    @Test
    void toStringParsesBackToTheSameUrl() {
        for (String s : new String[] {"turn:h", "turns:h:1", "turn:[::1]:9?transport=tcp"}) {
            TurnServerUrl u = TurnServerUrl.parse(s);
            assertEquals(u, TurnServerUrl.parse(u.toString()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stun:h", "turn:", "turn:h:0", "turn:h:65536", "turn:h:x", "turn:h?transport=sctp",
            "turns:h?transport=udp", "turn:[::1", "turn:::1", "turn:[::1]x", "turn:user@h", "turn:h:"})
    void rejectsMalformedUrlsWithAMessage(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TurnServerUrl.parse(url));
        assertTrue(e.getMessage().contains("TURN") || e.getMessage().contains("turn"), e.getMessage());
    }
}
