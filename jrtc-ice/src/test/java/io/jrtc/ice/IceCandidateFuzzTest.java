package io.jrtc.ice;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer target for the candidate-line parser: only {@link IceCandidateParseException} may
 * escape, and whatever parses prints back to the same line and re-parses to an equal candidate.
 * Seeds in {@code src/test/resources/io/jrtc/ice/IceCandidateFuzzTestInputs/parse/}.
 */
class IceCandidateFuzzTest {
    @FuzzTest
    void parse(byte[] data) {
        CandidateInvariants.check(new String(data, StandardCharsets.UTF_8));
    }
}
