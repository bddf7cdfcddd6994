package io.jrtc.sctp.datachannel;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Jazzer target for the DCEP parser; seeds in {@code DcepFuzzTestInputs/parse/}. */
class DcepFuzzTest {
    @FuzzTest
    void parse(byte[] data) {
        DcepInvariants.check(data);
    }
}
