package io.jrtc.sctp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.sctp.internal.Serial;
import org.junit.jupiter.api.Test;

/** RFC 1982 serial number arithmetic, including the wrap. */
class SerialTest {
    @Test
    void comparesAcrossTheWrap() {
        assertTrue(Serial.lt32(0xffffffffL, 0));
        assertTrue(Serial.lt32(0xfffffff0L, 5));
        assertFalse(Serial.lt32(5, 0xfffffff0L));
        assertTrue(Serial.le32(7, 7));
        assertTrue(Serial.lt16(65535, 0));
        assertFalse(Serial.lt16(0, 65535));
        assertEquals(2, Serial.add32(0xffffffffL, 3));
    }

    @Test
    void unwrapsNearTheReference() {
        assertEquals(1L << 32, Serial.unwrap32(0xffffffffL, 0));
        assertEquals(0xffffffffL, Serial.unwrap32(1L << 32, 0xffffffffL));
        assertEquals(5, Serial.unwrap32(-1, 5));
        assertEquals(65536 + 3, Serial.unwrap16(65530, 3));
        assertEquals(65535, Serial.unwrap16(65536 + 2, 65535));
    }
}
