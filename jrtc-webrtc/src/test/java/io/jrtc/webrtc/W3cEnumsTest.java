package io.jrtc.webrtc;

import static io.jrtc.webrtc.RtcAssertions.assertRtcError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class W3cEnumsTest {
    static Stream<Class<? extends Enum<?>>> enums() {
        return Stream.of(RTCSdpType.class, RTCSignalingState.class, RTCIceGatheringState.class,
                RTCIceConnectionState.class, RTCPeerConnectionState.class, RTCIceTransportPolicy.class,
                RTCBundlePolicy.class, RTCRtcpMuxPolicy.class, RTCDataChannelState.class, RTCPriorityType.class,
                RTCRtpTransceiverDirection.class, RTCDtlsTransportState.class, RTCIceRole.class,
                RTCIceCandidateType.class, RTCIceProtocol.class, RTCIceTcpCandidateType.class,
                RTCSctpTransportState.class, RTCIceComponent.class, RTCErrorDetailType.class, RTCIceTransportState.class);
    }

    @ParameterizedTest
    @MethodSource("enums")
    void everyConstantRoundTripsThroughItsW3cString(Class<? extends Enum<?>> type) throws Exception {
        Method fromString = type.getMethod("fromString", String.class);
        for (Enum<?> e : type.getEnumConstants()) {
            String w3c = e.toString();
            assertTrue(w3c.matches("[a-z0-9]+(-[a-z0-9]+)*"), () -> type.getSimpleName() + " prints " + w3c);
            // The Java name is the W3C string upper-cased with '-' as '_'.
            assertEquals(e.name(), w3c.toUpperCase().replace('-', '_'));
            assertSame(e, fromString.invoke(null, w3c));
        }
    }

    @ParameterizedTest
    @MethodSource("enums")
    void unknownStringsAreTypeErrors(Class<? extends Enum<?>> type) throws Exception {
        Method fromString = type.getMethod("fromString", String.class);
        String first = type.getEnumConstants()[0].toString();
        for (String bad : Arrays.asList(first.toUpperCase(), first + " ", "", null)) {
            RTCException e = assertRtcError(RTCErrorName.TYPE_ERROR, () -> {
                try {
                    fromString.invoke(null, bad);
                } catch (java.lang.reflect.InvocationTargetException ite) {
                    throw ite.getCause();
                }
            });
            assertTrue(e.getMessage().contains(type.getSimpleName()), e.getMessage());
            assertTrue(e.getMessage().contains("\"" + first + "\""), "names the valid values: " + e.getMessage());
        }
    }

    @Test
    void theSpecStringsOfTheStateMachines() {
        assertEquals(List.of("stable", "have-local-offer", "have-remote-offer", "have-local-pranswer",
                "have-remote-pranswer", "closed"), names(RTCSignalingState.values()));
        assertEquals(List.of("new", "checking", "connected", "completed", "failed", "disconnected", "closed"),
                names(RTCIceConnectionState.values()));
        assertEquals(List.of("new", "connecting", "connected", "disconnected", "failed", "closed"),
                names(RTCPeerConnectionState.values()));
        assertEquals(List.of("balanced", "max-compat", "max-bundle"), names(RTCBundlePolicy.values()));
        assertEquals(List.of("sendrecv", "sendonly", "recvonly", "inactive", "stopped"),
                names(RTCRtpTransceiverDirection.values()));
        assertEquals(List.of("very-low", "low", "medium", "high"), names(RTCPriorityType.values()));
        assertEquals(List.of("offer", "pranswer", "answer", "rollback"), names(RTCSdpType.values()));
    }

    @Test
    void errorNamesAreTheDomExceptionNames() {
        assertEquals("InvalidStateError", RTCErrorName.INVALID_STATE_ERROR.toString());
        assertEquals("InvalidAccessError", RTCErrorName.INVALID_ACCESS_ERROR.toString());
        assertEquals("OperationError", RTCErrorName.OPERATION_ERROR.toString());
        assertEquals("InvalidModificationError", RTCErrorName.INVALID_MODIFICATION_ERROR.toString());
        assertEquals("TypeError", RTCErrorName.TYPE_ERROR.toString());
        assertEquals("SyntaxError", RTCErrorName.SYNTAX_ERROR.toString());
        assertEquals("NotSupportedError", RTCErrorName.NOT_SUPPORTED_ERROR.toString());
        for (RTCErrorName n : RTCErrorName.values()) {
            assertSame(n, RTCErrorName.fromString(n.toString()));
        }
        RTCException e = new RTCException(RTCErrorName.INVALID_STATE_ERROR, "closed");
        assertEquals("InvalidStateError: closed", e.toString());
        RTCException detail = new RTCException("bad", RTCErrorDetailType.SDP_SYNTAX_ERROR, 7, null);
        assertEquals(RTCErrorName.OPERATION_ERROR, detail.name());
        assertEquals(7, detail.sdpLineNumber().getAsInt());
        assertEquals(RTCErrorDetailType.SDP_SYNTAX_ERROR, detail.errorDetail().orElseThrow());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Object::toString).toList();
    }
}
