package io.jrtc.webrtc;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer target for the signaling JSON readers; seeds in {@code SignalingJsonFuzzTestInputs/parse/}.
 * Lone surrogates, which UTF-8 input cannot produce, are covered by {@link SignalingJsonMutationTest}.
 */
class SignalingJsonFuzzTest {
    @FuzzTest
    void parse(byte[] data) {
        SignalingJsonInvariants.check(new String(data, StandardCharsets.UTF_8));
    }
}
