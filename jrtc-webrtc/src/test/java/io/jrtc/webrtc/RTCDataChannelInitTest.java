package io.jrtc.webrtc;

import static io.jrtc.webrtc.RtcAssertions.assertRtcError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.webrtc.internal.config.DataChannelChecks;
import org.junit.jupiter.api.Test;

class RTCDataChannelInitTest {
    @Test
    void defaultsAreTheDictionarysDefaults() {
        RTCDataChannelInit d = RTCDataChannelInit.defaults();
        assertTrue(d.ordered());
        assertTrue(d.maxPacketLifeTime().isEmpty());
        assertTrue(d.maxRetransmits().isEmpty());
        assertEquals("", d.protocol());
        assertFalse(d.negotiated());
        assertTrue(d.id().isEmpty());
        assertEquals(RTCPriorityType.LOW, d.priority());
    }

    @Test
    void theChecksOfCreateDataChannel() {
        assertRtcError(RTCErrorName.TYPE_ERROR,
                () -> RTCDataChannelInit.builder().maxPacketLifeTime(100).maxRetransmits(3).build());
        assertRtcError(RTCErrorName.TYPE_ERROR, () -> RTCDataChannelInit.builder().negotiated(true).build());
        assertRtcError(RTCErrorName.TYPE_ERROR, () -> RTCDataChannelInit.builder().negotiated(true).id(65535).build());
        assertRtcError(RTCErrorName.TYPE_ERROR, () -> RTCDataChannelInit.builder().maxRetransmits(65536));
        assertRtcError(RTCErrorName.TYPE_ERROR, () -> RTCDataChannelInit.builder().maxPacketLifeTime(-1));
        assertRtcError(RTCErrorName.TYPE_ERROR, () -> RTCDataChannelInit.builder().id(-1));
        assertRtcError(RTCErrorName.TYPE_ERROR,
                () -> RTCDataChannelInit.builder().protocol("\u00e9".repeat(32768)).build());
        // 32767 two-byte characters are 65534 bytes: allowed.
        RTCDataChannelInit.builder().protocol("\u00e9".repeat(32767)).build();
    }

    @Test
    void validCombinations() {
        RTCDataChannelInit d = RTCDataChannelInit.builder().ordered(false).maxRetransmits(0).negotiated(true).id(65534)
                .protocol("chat").priority(RTCPriorityType.HIGH).build();
        assertEquals(0, d.maxRetransmits().getAsInt());
        assertEquals(65534, d.id().getAsInt());
        assertEquals(d, RTCDataChannelInit.builder().ordered(false).maxRetransmits(0).negotiated(true).id(65534)
                .protocol("chat").priority(RTCPriorityType.HIGH).build());
        // An id without negotiated is allowed (and ignored by createDataChannel), 65535 included.
        assertEquals(65535, RTCDataChannelInit.builder().id(65535).build().id().getAsInt());
    }

    @Test
    void labelAndIdChecks() {
        DataChannelChecks.checkLabel("x".repeat(65535));
        assertRtcError(RTCErrorName.TYPE_ERROR, () -> DataChannelChecks.checkLabel("x".repeat(65536)));
        assertRtcError(RTCErrorName.TYPE_ERROR, () -> DataChannelChecks.checkLabel(null));
        DataChannelChecks.checkId(1023, 1024);
        assertRtcError(RTCErrorName.OPERATION_ERROR, () -> DataChannelChecks.checkId(1024, 1024));
    }
}
