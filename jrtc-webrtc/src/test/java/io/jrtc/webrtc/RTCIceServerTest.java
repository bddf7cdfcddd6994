package io.jrtc.webrtc;

import static io.jrtc.webrtc.RtcAssertions.assertRtcError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.webrtc.internal.config.IceServerUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RTCIceServerTest {
    @Test
    void parsesTheUrlFormsOfRfc7064And7065() {
        assertEquals(new IceServerUrl("stun", "stun.l.google.com", 19302, null),
                IceServerUrl.parse("stun:stun.l.google.com:19302"));
        assertEquals(new IceServerUrl("stuns", "example.org", 5349, null), IceServerUrl.parse("stuns:example.org"));
        assertEquals(new IceServerUrl("turn", "192.0.2.1", 3478, "udp"), IceServerUrl.parse("turn:192.0.2.1?transport=udp"));
        assertEquals(new IceServerUrl("turns", "2001:db8::1", 443, "tcp"),
                IceServerUrl.parse("TURNS:[2001:db8::1]:443?transport=tcp"));
        assertTrue(IceServerUrl.parse("turns:x").isTurn());
        assertTrue(IceServerUrl.parse("turns:x").isSecure());
        assertFalse(IceServerUrl.parse("stun:x").isTurn());
        assertNull(IceServerUrl.parse("turn:x").transport());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "stun", "http://example.org", "stun://example.org", "stun:", "stun:host:0",
            "stun:host:65536", "stun:host:12a", "stun:host?transport=udp", "turn:host?transport=sctp",
            "turn:[::1", "turn:[zz]:3478", "stun:ho st", "stun:host:", "turn:a@b"})
    void badUrlsAreSyntaxErrors(String url) {
        RTCException e = assertRtcError(RTCErrorName.SYNTAX_ERROR,
                () -> RTCIceServer.builder().urls(url).username("u").credential("p").build());
        assertTrue(e.getMessage().contains("ICE server URL"), e.getMessage());
    }

    @Test
    void turnWithoutCredentialsIsAnInvalidAccessError() {
        assertRtcError(RTCErrorName.INVALID_ACCESS_ERROR, () -> RTCIceServer.of("turn:turn.example.org"));
        assertRtcError(RTCErrorName.INVALID_ACCESS_ERROR,
                () -> RTCIceServer.builder().urls("stun:a", "turns:b").username("u").build());
        assertRtcError(RTCErrorName.INVALID_ACCESS_ERROR,
                () -> RTCIceServer.builder().urls("turn:b").credential("p").build());
        RTCIceServer ok = RTCIceServer.builder().urls("turn:b").username("u").credential("secret").build();
        assertEquals("u", ok.username().orElseThrow());
        assertFalse(ok.toString().contains("secret"), ok.toString());
    }

    @Test
    void noUrlsIsASyntaxError() {
        assertRtcError(RTCErrorName.SYNTAX_ERROR, () -> RTCIceServer.builder().build());
    }
}
