package io.jrtc.dtls;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer target for the DTLS record input path: datagrams before the handshake (to a server
 * waiting for a ClientHello) and after it (to a connected client). In {@code mvn verify} it runs
 * over the seeds in {@code src/test/resources/io/jrtc/dtls/DtlsRecordFuzzTestInputs/records/};
 * with {@code JAZZER_FUZZ=1} it fuzzes. {@link GarbageHarness} holds the invariants.
 */
class DtlsRecordFuzzTest {
    private static GarbageHarness harness;

    @FuzzTest
    void records(FuzzedDataProvider data) {
        if (harness == null) {
            harness = new GarbageHarness();
        }
        boolean before = data.consumeBoolean();
        byte[] datagram = data.consumeRemainingAsBytes();
        if (before) {
            harness.feedWaitingServer(datagram);
        } else {
            harness.feedConnected(datagram);
        }
    }
}
