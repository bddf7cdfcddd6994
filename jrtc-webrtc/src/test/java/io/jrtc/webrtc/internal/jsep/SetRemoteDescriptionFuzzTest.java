package io.jrtc.webrtc.internal.jsep;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer target for setRemoteDescription (as offer and as answer); seeds, real browser SDPs, in
 * {@code SetRemoteDescriptionFuzzTestInputs/apply/}.
 */
class SetRemoteDescriptionFuzzTest {
    @FuzzTest
    void apply(byte[] data) {
        SetRemoteDescriptionInvariants.check(new String(data, StandardCharsets.UTF_8));
    }
}
