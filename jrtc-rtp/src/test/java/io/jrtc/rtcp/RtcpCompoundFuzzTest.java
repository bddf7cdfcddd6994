package io.jrtc.rtcp;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Jazzer target for RTCP compound iteration (seeds in {@code RtcpCompoundFuzzTestInputs/parse/}). */
class RtcpCompoundFuzzTest {
    @FuzzTest
    void parse(byte[] data) {
        RtcpInvariants.check(data);
    }
}
