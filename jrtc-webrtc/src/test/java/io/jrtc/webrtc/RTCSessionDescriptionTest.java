package io.jrtc.webrtc;

import static io.jrtc.webrtc.RtcAssertions.assertRtcError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class RTCSessionDescriptionTest {
    private static final String SDP = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";

    @Test
    void writesTheJsonBrowsersSend() {
        RTCSessionDescription d = RTCSessionDescription.of(RTCSdpType.OFFER, SDP);
        // JSON.stringify(pc.localDescription) in a browser gives exactly this.
        assertEquals("{\"type\":\"offer\",\"sdp\":\"v=0\\r\\no=- 1 2 IN IP4 127.0.0.1\\r\\ns=-\\r\\nt=0 0\\r\\n\"}",
                d.toJSON());
        assertEquals(d, RTCSessionDescription.fromJSON(d.toJSON()));
    }

    @Test
    void readsBrowserJsonWithAnyMemberOrderAndWhitespace() {
        RTCSessionDescription d = RTCSessionDescription.fromJSON(
                "{ \"sdp\" : \"v=0\\r\\n\\u0073=-\\r\\n\", \"type\":\"answer\", \"extra\": [1, {\"x\": null}] }");
        assertEquals(RTCSdpType.ANSWER, d.type());
        assertEquals("v=0\r\ns=-\r\n", d.sdp());
    }

    @Test
    void missingOrNullSdpIsEmptyAsInTheDictionary() {
        assertEquals("", RTCSessionDescription.fromJSON("{\"type\":\"rollback\"}").sdp());
        assertEquals("", RTCSessionDescription.fromJSON("{\"type\":\"rollback\",\"sdp\":null}").sdp());
        assertEquals("{\"type\":\"rollback\",\"sdp\":\"\"}",
                RTCSessionDescription.builder().type(RTCSdpType.ROLLBACK).build().toJSON());
    }

    @Test
    void badInputIsASyntaxOrTypeError() {
        assertRtcError(RTCErrorName.SYNTAX_ERROR, () -> RTCSessionDescription.fromJSON("{\"type\":\"offer\""));
        assertRtcError(RTCErrorName.SYNTAX_ERROR, () -> RTCSessionDescription.fromJSON("{'type':'offer'}"));
        assertRtcError(RTCErrorName.SYNTAX_ERROR, () -> RTCSessionDescription.fromJSON(null));
        assertRtcError(RTCErrorName.TYPE_ERROR, () -> RTCSessionDescription.fromJSON("[]"));
        assertRtcError(RTCErrorName.TYPE_ERROR, () -> RTCSessionDescription.fromJSON("{\"sdp\":\"v=0\"}"));
        assertRtcError(RTCErrorName.TYPE_ERROR, () -> RTCSessionDescription.fromJSON("{\"type\":\"Offer\"}"));
        assertRtcError(RTCErrorName.TYPE_ERROR, () -> RTCSessionDescription.fromJSON("{\"type\":\"offer\",\"sdp\":5}"));
        assertRtcError(RTCErrorName.TYPE_ERROR, () -> RTCSessionDescription.builder().sdp(SDP).build());
    }

    @Test
    void toStringHidesTheSdpWithItsPassword() {
        String s = RTCSessionDescription.of(RTCSdpType.OFFER, "a=ice-pwd:secret\r\n").toString();
        assertFalse(s.contains("secret"), s);
    }
}
