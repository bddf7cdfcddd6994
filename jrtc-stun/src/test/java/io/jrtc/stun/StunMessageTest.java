package io.jrtc.stun;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Builder, accessors and encoding entry points of {@link StunMessage}. */
class StunMessageTest {
    @Test
    void accessorsFindAttributesByClassAndType() {
        StunMessage m = StunMessage.builder(StunMethod.REFRESH, StunClass.REQUEST)
                .add(new Lifetime(0)).add(new Software("a")).add(new Software("b")).build();
        assertEquals(StunMethod.REFRESH, m.method());
        assertEquals(StunClass.REQUEST, m.messageClass());
        assertEquals(new Software("a"), m.get(Software.class).orElseThrow(), "the first occurrence counts");
        assertEquals(List.of(new Software("a"), new Software("b")), m.getAll(Software.class));
        assertEquals(new Lifetime(0), m.get(StunAttributeType.LIFETIME).orElseThrow());
        assertTrue(m.get(Nonce.class).isEmpty());
        assertEquals(List.of("LIFETIME", "SOFTWARE", "SOFTWARE"), m.attributes().stream().map(StunAttribute::typeName).toList());
        assertThrows(UnsupportedOperationException.class, () -> m.attributes().clear());
    }

    @Test
    void encodingEntryPointsAgree() {
        StunMessage m = StunMessage.builder(StunMessageType.BINDING_INDICATION).fingerprint().build();
        byte[] wire = m.encode();
        assertEquals(28, wire.length);
        assertEquals(wire.length, m.encodedLength());
        ByteBuffer buf = ByteBuffer.allocate(40).position(3);
        m.encodeTo(buf);
        assertEquals(31, buf.position());
        byte[] dst = new byte[32];
        assertEquals(28, m.encodeTo(dst, 4));
        assertArrayEquals(wire, java.util.Arrays.copyOfRange(dst, 4, 32));
        wire[0] = 0x7f; // encode() hands out a copy
        assertEquals(StunMessageType.BINDING_INDICATION, StunMessage.decode(m.encode()).type());
    }

    @Test
    void builderEditsAndResponses() {
        StunMessage request = StunMessage.builder(StunMessageType.BINDING_REQUEST)
                .add(new Username("a:b")).add(new UseCandidate()).build();
        StunMessage edited = request.toBuilder().remove(StunAttributeType.USE_CANDIDATE)
                .type(StunMessageType.BINDING_SUCCESS).build();
        assertEquals(request.transactionId(), edited.transactionId());
        assertEquals(List.of(new Username("a:b")), edited.attributes());
        assertEquals(StunMessageType.BINDING_SUCCESS, edited.type());
        assertNotEquals(request, edited);
        assertNotEquals(StunMessage.builder(StunMessageType.BINDING_REQUEST).build().transactionId(),
                StunMessage.builder(StunMessageType.BINDING_REQUEST).build().transactionId(), "random ids");
    }

    @Test
    void paddingByteAppliesToNewAttributesOnly() {
        byte[] wire = StunMessage.builder(StunMessageType.BINDING_REQUEST).paddingByte(0xAB)
                .add(new Software("x")).build().encode();
        assertEquals("0001000880220001 78ababab".replace(" ", ""),
                HexFormat.of().formatHex(wire, 0, 4) + HexFormat.of().formatHex(wire, 20, 28));
        StunMessage decoded = StunMessage.decode(wire);
        byte[] rebuilt = decoded.toBuilder().paddingByte(0).add(new Software("y")).build().encode();
        assertEquals("8022000178ababab8022000179000000", HexFormat.of().formatHex(rebuilt, 20, 36));
    }

    @Test
    void malformedUtf8IsKeptByteForByte() {
        byte[] wire = HexFormat.of().parseHex("00010008 2112a442 000000000000000000000000 80220003 ff41c300".replace(" ", ""));
        StunMessage m = StunMessage.decode(wire);
        Software s = m.get(Software.class).orElseThrow();
        assertEquals("\uFFFDA\uFFFD", s.value());
        assertArrayEquals(new byte[] {(byte) 0xff, 0x41, (byte) 0xc3}, s.bytes());
        assertArrayEquals(wire, m.toBuilder().build().encode());
        assertEquals(new ErrorCode(400, "\uFFFD").reason(), new ErrorCode(400, "\uFFFD").reason());
    }

    @Test
    void transactionIds() {
        byte[] bytes = HexFormat.of().parseHex("00112233445566778899aabb");
        TransactionId id = TransactionId.of(bytes);
        bytes[0] = 1;
        assertEquals("00112233445566778899aabb", id.toString(), "copied in");
        assertEquals(id, TransactionId.of(id.toByteArray()));
        assertEquals(id.hashCode(), TransactionId.of(id.toByteArray()).hashCode());
        assertThrows(IllegalArgumentException.class, () -> TransactionId.of(new byte[11]));
        assertNotEquals(TransactionId.random(), TransactionId.random());
    }

    @Test
    void toStringIsReadable() {
        StunMessage m = StunMessage.builder(StunMessageType.BINDING_ERROR)
                .transactionId(TransactionId.of(new byte[12])).add(ErrorCode.ROLE_CONFLICT).build();
        assertEquals("StunMessage[Binding error response, tid=000000000000000000000000, [ErrorCode[487 Role Conflict]]]",
                m.toString());
    }
}
