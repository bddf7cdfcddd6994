package io.jrtc.stun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {
    @Test
    void constantsCarryTheirCodesAndRegistryReasons() {
        Map<ErrorCode, Integer> codes = Map.ofEntries(
                Map.entry(ErrorCode.TRY_ALTERNATE, 300), Map.entry(ErrorCode.BAD_REQUEST, 400),
                Map.entry(ErrorCode.UNAUTHENTICATED, 401), Map.entry(ErrorCode.FORBIDDEN, 403),
                Map.entry(ErrorCode.UNKNOWN_ATTRIBUTE, 420), Map.entry(ErrorCode.ALLOCATION_MISMATCH, 437),
                Map.entry(ErrorCode.STALE_NONCE, 438), Map.entry(ErrorCode.ADDRESS_FAMILY_NOT_SUPPORTED, 440),
                Map.entry(ErrorCode.WRONG_CREDENTIALS, 441), Map.entry(ErrorCode.UNSUPPORTED_TRANSPORT_PROTOCOL, 442),
                Map.entry(ErrorCode.PEER_ADDRESS_FAMILY_MISMATCH, 443), Map.entry(ErrorCode.ALLOCATION_QUOTA_REACHED, 486),
                Map.entry(ErrorCode.ROLE_CONFLICT, 487), Map.entry(ErrorCode.SERVER_ERROR, 500),
                Map.entry(ErrorCode.INSUFFICIENT_CAPACITY, 508));
        assertEquals(15, codes.size());
        codes.forEach((e, code) -> {
            assertEquals(code, e.code());
            assertEquals(e, ErrorCode.of(code));
            assertEquals(code / 100, e.errorClass());
            assertEquals(code % 100, e.number());
        });
        assertEquals("Unauthenticated", ErrorCode.UNAUTHENTICATED.reason());
        assertEquals("Role Conflict", ErrorCode.ROLE_CONFLICT.reason());
        assertEquals("Allocation Quota Reached", ErrorCode.ALLOCATION_QUOTA_REACHED.reason());
        assertEquals("Error 599", ErrorCode.of(599).reason());
        assertEquals(new ErrorCode(438, "nonce expired"), ErrorCode.STALE_NONCE.withReason("nonce expired"));
    }

    @Test
    void codesOutside300To699AreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ErrorCode.of(299));
        assertThrows(IllegalArgumentException.class, () -> ErrorCode.of(700));
    }

    @Test
    void a420ResponseListsTheUnknownAttributes() {
        StunMessage request = StunMessage.decode(StunMessage.builder(StunMessageType.BINDING_REQUEST)
                .add(new UnknownAttribute(0x0044, new byte[] {1})).build().encode());
        StunMessage response = StunMessage.builder(request.type().errorResponse())
                .transactionId(request.transactionId())
                .add(ErrorCode.UNKNOWN_ATTRIBUTE)
                .add(new UnknownAttributes(request.unknownComprehensionRequired()))
                .build();
        StunMessage decoded = StunMessage.decode(response.encode());
        assertEquals(StunMessageType.BINDING_ERROR, decoded.type());
        assertEquals(420, decoded.get(ErrorCode.class).orElseThrow().code());
        assertEquals(List.of(0x0044), decoded.get(UnknownAttributes.class).orElseThrow().types());
    }
}
