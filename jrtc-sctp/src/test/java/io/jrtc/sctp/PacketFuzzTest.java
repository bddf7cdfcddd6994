package io.jrtc.sctp;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer target for the packet and chunk parser: any bytes either parse, and then re-encode and
 * re-parse to the same bytes, or throw {@link SctpParseException}; nothing else. Seeds in
 * {@code src/test/resources/io/jrtc/sctp/PacketFuzzTestInputs/parse/}.
 */
class PacketFuzzTest {
    @FuzzTest
    void parse(byte[] data) {
        ParseInvariants.checkPacket(data);
    }
}
