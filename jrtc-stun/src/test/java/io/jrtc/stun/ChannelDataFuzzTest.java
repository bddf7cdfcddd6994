package io.jrtc.stun;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer target for the ChannelData decoder and the demultiplexer; a class of its own because
 * Jazzer fuzzes one target per JVM run. Seeds in
 * {@code src/test/resources/io/jrtc/stun/ChannelDataFuzzTestInputs/decode/}.
 */
class ChannelDataFuzzTest {
    @FuzzTest
    void decode(byte[] data) {
        DecodeInvariants.checkChannelData(data);
        DatagramKind.classify(data, 0, data.length);
    }
}
