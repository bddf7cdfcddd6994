package io.jrtc.srtp;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer target: SRTP unprotect on any bytes never throws and reports a valid result (see
 * {@link FuzzContexts#check}). Seeds in {@code SrtpUnprotectFuzzTestInputs/unprotect/} are the
 * libsrtp and RFC 7714 packets, which authenticate.
 */
class SrtpUnprotectFuzzTest {
    @FuzzTest
    void unprotect(byte[] data) {
        FuzzContexts.check(data, false);
    }
}
