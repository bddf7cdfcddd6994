package io.jrtc.srtp;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer target: SRTCP unprotect on any bytes never throws and reports a valid result (see
 * {@link FuzzContexts#check}). Seeds in {@code SrtcpUnprotectFuzzTestInputs/unprotect/} are the RFC
 * 7714 §17 packets.
 */
class SrtcpUnprotectFuzzTest {
    @FuzzTest
    void unprotect(byte[] data) {
        FuzzContexts.check(data, true);
    }
}
