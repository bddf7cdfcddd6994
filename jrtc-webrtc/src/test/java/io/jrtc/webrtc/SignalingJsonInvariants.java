package io.jrtc.webrtc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What must hold for any text given to {@link RTCSessionDescription#fromJSON} and {@link
 * RTCIceCandidate#fromJSON}: either a value that survives toJSON/fromJSON unchanged, or an
 * RTCException named SyntaxError or TypeError; never anything else.
 */
final class SignalingJsonInvariants {
    private SignalingJsonInvariants() {}

    static void check(String text) {
        try {
            RTCSessionDescription d = RTCSessionDescription.fromJSON(text);
            assertEquals(d, RTCSessionDescription.fromJSON(d.toJSON()));
        } catch (RTCException e) {
            assertExpected(e);
        }
        try {
            RTCIceCandidate c = RTCIceCandidate.fromJSON(text);
            RTCIceCandidate again = RTCIceCandidate.fromJSON(c.toJSON());
            assertEquals(c, again);
            // Derived fields never throw either.
            c.foundation();
            c.component();
            c.type();
            c.tcpType();
            c.relatedPort();
        } catch (RTCException e) {
            assertExpected(e);
        }
    }

    private static void assertExpected(RTCException e) {
        assertTrue(e.name() == RTCErrorName.SYNTAX_ERROR || e.name() == RTCErrorName.TYPE_ERROR,
                () -> "unexpected " + e);
        assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
    }
}
