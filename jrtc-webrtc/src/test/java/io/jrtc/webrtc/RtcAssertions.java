package io.jrtc.webrtc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Asserts that a call fails with the DOMException name the spec prescribes. */
public final class RtcAssertions {
    private RtcAssertions() {}

    /** Runs {@code call}, expects an RTCException named {@code name}, and returns it. */
    public static RTCException assertRtcError(RTCErrorName name, Executable call) {
        RTCException e = assertThrows(RTCException.class, call);
        assertEquals(name, e.name(), () -> "wrong DOMException name; message: " + e.getMessage());
        return e;
    }
}
