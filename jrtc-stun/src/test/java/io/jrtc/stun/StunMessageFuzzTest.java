package io.jrtc.stun;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer target for the STUN decoder. In a normal {@code mvn verify} it runs in regression mode
 * over the seed inputs in {@code src/test/resources/io/jrtc/stun/StunMessageFuzzTestInputs/decode/}
 * (the RFC 5769 vectors and any crash inputs found since); with {@code JAZZER_FUZZ=1} it fuzzes.
 * See {@link DecodeInvariants} for what is checked.
 */
class StunMessageFuzzTest {
    @FuzzTest
    void decode(byte[] data) {
        DecodeInvariants.checkStun(data);
    }
}
