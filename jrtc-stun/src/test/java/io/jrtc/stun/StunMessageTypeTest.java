package io.jrtc.stun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The interleaved method/class bits of RFC 8489 §5 (Figure 3). */
class StunMessageTypeTest {
    private static int value(StunMethod m, StunClass c) {
        return new StunMessageType(m, c).value();
    }

    @Test
    void wellKnownValues() {
        assertEquals(0x0001, value(StunMethod.BINDING, StunClass.REQUEST));
        assertEquals(0x0011, value(StunMethod.BINDING, StunClass.INDICATION));
        assertEquals(0x0101, value(StunMethod.BINDING, StunClass.SUCCESS_RESPONSE));
        assertEquals(0x0111, value(StunMethod.BINDING, StunClass.ERROR_RESPONSE));
        assertEquals(0x0003, value(StunMethod.ALLOCATE, StunClass.REQUEST));
        assertEquals(0x0103, value(StunMethod.ALLOCATE, StunClass.SUCCESS_RESPONSE));
        assertEquals(0x0113, value(StunMethod.ALLOCATE, StunClass.ERROR_RESPONSE));
        assertEquals(0x0004, value(StunMethod.REFRESH, StunClass.REQUEST));
        assertEquals(0x0016, value(StunMethod.SEND, StunClass.INDICATION));
        assertEquals(0x0017, value(StunMethod.DATA, StunClass.INDICATION));
        assertEquals(0x0008, value(StunMethod.CREATE_PERMISSION, StunClass.REQUEST));
        assertEquals(0x0109, value(StunMethod.CHANNEL_BIND, StunClass.SUCCESS_RESPONSE));
        // Method bits M4-M6 skip C0 (bit 4), M7-M11 skip C1 (bit 8).
        assertEquals(0x0020, value(new StunMethod(0x010), StunClass.REQUEST));
        assertEquals(0x0200, value(new StunMethod(0x080), StunClass.REQUEST));
        assertEquals(0x3EEF, value(new StunMethod(0xFFF), StunClass.REQUEST));
        assertEquals(0x3FFF, value(new StunMethod(0xFFF), StunClass.ERROR_RESPONSE));
    }

    @Test
    void everyMethodAndClassRoundTrips() {
        for (int m = 0; m <= 0xFFF; m++) {
            for (StunClass c : StunClass.values()) {
                StunMessageType t = new StunMessageType(new StunMethod(m), c);
                assertEquals(t, StunMessageType.fromValue(t.value()));
            }
        }
    }

    @Test
    void namesAndLimits() {
        assertEquals("Binding request", StunMessageType.BINDING_REQUEST.toString());
        assertEquals("ChannelBind error response", new StunMessageType(StunMethod.CHANNEL_BIND, StunClass.ERROR_RESPONSE).toString());
        assertEquals("0x123", new StunMethod(0x123).name());
        assertThrows(IllegalArgumentException.class, () -> new StunMethod(0x1000));
        assertEquals(StunMessageType.BINDING_SUCCESS, StunMessageType.BINDING_REQUEST.successResponse());
    }
}
