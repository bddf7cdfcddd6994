package io.jrtc.sctp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacketCodecTest {
    private static final HexFormat HEX = HexFormat.of();

    /** Every chunk type this codec knows, with non-trivial field values. */
    static List<Chunk> allChunks() {
        byte[] p = {1, 2, 3, 4, 5};
        return List.of(
                new DataChunk(true, true, false, true, 0xfffffffeL, 7, 65535, 51, p),
                new IDataChunk(false, false, true, false, 12, 9, 0xffffffffL, 3, p),
                new InitChunk(0xdeadbeefL, 1 << 20, 1024, 65535, 77, List.of(
                        new SupportedExtensionsParameter(new byte[] {(byte) 0xc0, (byte) 0x82, 0x40}),
                        new ForwardTsnSupportedParameter(), new ZeroChecksumAcceptableParameter(1),
                        new UnknownParameter(0x8123, new byte[] {9, 9, 9}))),
                new InitAckChunk(1, 2, 3, 4, 5, List.of(new StateCookieParameter(new byte[] {1, 2, 3, 4, 5, 6, 7}))),
                new SackChunk(100, 5000, List.of(new GapAckBlock(2, 5), new GapAckBlock(8, 8)), List.of(99L, 3L)),
                new HeartbeatChunk(new byte[] {1, 2, 3}),
                new HeartbeatAckChunk(new byte[] {4, 5, 6, 7}),
                new AbortChunk(true, List.of(ErrorCause.text(ErrorCause.USER_INITIATED_ABORT, "bye!!"))),
                new ShutdownChunk(0x80000000L),
                new ShutdownAckChunk(),
                new ErrorChunk(List.of(new ErrorCause(ErrorCause.STALE_COOKIE, new byte[4]), new ErrorCause(99, new byte[] {1}))),
                new CookieEchoChunk(new byte[] {1, 2, 3, 4, 5, 6}),
                new CookieAckChunk(),
                new ShutdownCompleteChunk(true),
                new ForwardTsnChunk(50, List.of(new ForwardTsnChunk.StreamSsn(1, 2), new ForwardTsnChunk.StreamSsn(3, 65535))),
                new ReconfigChunk(List.of(new OutgoingResetRequestParameter(1, 2, 3, List.of(1, 3, 5)),
                        new IncomingResetRequestParameter(4, List.of(2)), new ReconfigResponseParameter(7, 1))),
                new IForwardTsnChunk(60, List.of(new IForwardTsnChunk.StreamMid(1, true, 5), new IForwardTsnChunk.StreamMid(2, false, 0xffffffffL))),
                new PadChunk(7),
                new PadChunk(0),
                new UnknownChunk(0xbf, 3, new byte[] {1, 2}));
    }

    @Test
    void everyChunkRoundTripsByteExactly() throws SctpParseException {
        for (Chunk c : allChunks()) {
            byte[] wire = new SctpPacket(5000, 5001, 0x01020304L, List.of(c)).encode();
            SctpPacket back = SctpPacket.parse(wire);
            assertEquals(1, back.chunks().size());
            assertEquals(c.getClass(), back.chunks().get(0).getClass());
            assertArrayEquals(wire, back.encode(), () -> "chunk " + c);
            assertEquals(0, wire.length % 4);
        }
    }

    @Test
    void bundledChunksRoundTrip() throws SctpParseException {
        byte[] wire = new SctpPacket(1, 2, 3, allChunks().subList(4, 12)).encode();
        SctpPacket back = SctpPacket.parse(wire);
        assertEquals(8, back.chunks().size());
        assertArrayEquals(wire, back.encode());
    }

    @Test
    void fieldsSurviveRoundTrip() throws SctpParseException {
        DataChunk d = new DataChunk(true, true, false, true, 0xfffffffeL, 7, 65535, 51, new byte[] {9});
        DataChunk back = (DataChunk) SctpPacket.parse(new SctpPacket(1, 2, 3, List.of(d)).encode()).chunks().get(0);
        assertEquals(List.of(true, true, false, true), List.of(back.unordered(), back.beginning(), back.ending(), back.immediate()));
        assertEquals(0xfffffffeL, back.tsn());
        assertEquals(65535, back.ssn());
        InitChunk init = (InitChunk) allChunks().get(2);
        InitChunk ib = (InitChunk) SctpPacket.parse(new SctpPacket(1, 2, 0, List.of(init)).encode()).chunks().get(0);
        assertTrue(ib.parameter(SupportedExtensionsParameter.class).supports(Chunk.I_DATA));
        assertEquals(1, ib.parameter(ZeroChecksumAcceptableParameter.class).edmid());
        assertEquals(0x8123, ib.parameter(UnknownParameter.class).type());
    }

    /** An INIT with checksum 0x402c0b5f, as published in Scapy's SCTP regression tests. */
    @Test
    void checksumMatchesIndependentVector() throws SctpParseException {
        byte[] wire = HEX.parseHex("000000000000000000000000" + "0100001c000000000000000000000000000000000005000" + "87f000001");
        byte[] encoded = SctpPacket.parse(wire, true).encode();
        assertEquals("402c0b5f", HEX.formatHex(encoded, 8, 12));
        assertInstanceOf(InitChunk.class, SctpPacket.parse(encoded).chunks().get(0));
    }

    @Test
    void badChecksumIsRejectedUnlessZeroChecksumIsAcceptable() throws SctpParseException {
        byte[] wire = new SctpPacket(1, 2, 3, List.of(new CookieAckChunk())).encode();
        wire[11] ^= 1;
        SctpParseException e = assertThrows(SctpParseException.class, () -> SctpPacket.parse(wire));
        assertEquals(8, e.offset());
        byte[] zero = new SctpPacket(1, 2, 3, List.of(new CookieAckChunk())).encode(true);
        assertEquals(0, zero[8] | zero[9] | zero[10] | zero[11]);
        assertThrows(SctpParseException.class, () -> SctpPacket.parse(zero, false));
        assertInstanceOf(CookieAckChunk.class, SctpPacket.parse(zero, true).chunks().get(0));
    }

    @Test
    void malformedInputsThrowOnlyParseExceptions() {
        List<String> bad = List.of("", "0001", "000000000000000000000000", // no chunks
                "00000000000000000000000000000003", // chunk length 3
                "00000000000000000000000000000010", // chunk longer than packet
                "000000000000000000000000000300100000000100020003", // DATA without user data
                "0000000000000000000000000300000c00000001000000", // truncated SACK
                "000000000000000000000000030000100000000100000000000100000000"); // gap count past end
        for (String h : bad) {
            byte[] wire = HEX.parseHex(h);
            assertThrows(SctpParseException.class, () -> SctpPacket.parse(wire, true), h);
        }
    }

    @Test
    void unknownChunkTypeBitsSayWhatToDo() {
        assertTrue(new UnknownChunk(0xc5, 0, new byte[0]).skipIfUnrecognized());
        assertTrue(new UnknownChunk(0xc5, 0, new byte[0]).reportIfUnrecognized());
        assertEquals(false, new UnknownChunk(0x25, 0, new byte[0]).skipIfUnrecognized());
    }
}
