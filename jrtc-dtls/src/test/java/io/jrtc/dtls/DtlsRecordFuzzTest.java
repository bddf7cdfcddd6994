package io.jrtc.dtls;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;

/**
 * Jazzer target for the DTLS record input path: datagrams before the handshake (to a server
 * waiting for a ClientHello) and after it (to a connected client). Half the inputs are raw bytes;
 * the other half are well-framed records (a real content type, a DTLS version, epoch 0 or 1, a
 * consistent length) with fuzzed bodies, so the fuzzer gets past the record header into BC's
 * record and handshake processing. In {@code mvn verify} it runs over the seeds in
 * {@code src/test/resources/io/jrtc/dtls/DtlsRecordFuzzTestInputs/records/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes. {@link GarbageHarness} holds the invariants.
 */
class DtlsRecordFuzzTest {
    private static final int[] TYPES = {20, 21, 22, 23, 24, 25};
    private static GarbageHarness harness;

    @FuzzTest
    void records(FuzzedDataProvider data) {
        if (harness == null) {
            harness = new GarbageHarness();
        }
        boolean before = data.consumeBoolean();
        byte[] datagram = data.consumeBoolean() ? framed(data) : data.consumeRemainingAsBytes();
        if (before) {
            harness.feedWaitingServer(datagram);
        } else {
            harness.feedConnected(datagram);
        }
    }

    private static byte[] framed(FuzzedDataProvider data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int records = data.consumeInt(1, 3);
        for (int i = 0; i < records; i++) {
            int type = data.pickValue(TYPES);
            int version = data.consumeBoolean() ? 0xFEFD : 0xFEFF;
            int epoch = data.consumeInt(0, 2);
            long seq = data.consumeLong(0, 0xFFFF_FFFF_FFFFL);
            byte[] body = i == records - 1 ? data.consumeRemainingAsBytes() : data.consumeBytes(data.consumeInt(0, 600));
            out.write(type);
            out.write(version >> 8);
            out.write(version);
            out.write(epoch >> 8);
            out.write(epoch);
            for (int shift = 40; shift >= 0; shift -= 8) {
                out.write((int) (seq >>> shift));
            }
            out.write(body.length >> 8);
            out.write(body.length);
            out.writeBytes(body);
        }
        return out.toByteArray();
    }
}
