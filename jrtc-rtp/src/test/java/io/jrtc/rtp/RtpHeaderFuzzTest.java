package io.jrtc.rtp;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer target for the RTP header parser: regression mode over the seeds in
 * {@code src/test/resources/io/jrtc/rtp/RtpHeaderFuzzTestInputs/parse/} in a normal build, fuzzing
 * with {@code JAZZER_FUZZ=1}. See {@link RtpInvariants}.
 */
class RtpHeaderFuzzTest {
    @FuzzTest
    void parse(byte[] data) {
        RtpInvariants.check(data);
    }
}
