package io.jrtc.ice.turn;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer target: arbitrary bytes from the server, as UDP datagrams or TCP chunks, into an
 * allocated client. Any exception is a bug. Seeds in
 * {@code src/test/resources/io/jrtc/ice/turn/TurnClientFuzzTestInputs/serverInput/}.
 */
class TurnClientFuzzTest {
    @FuzzTest
    void serverInput(FuzzedDataProvider data) {
        TurnTransport transport = data.consumeBoolean() ? TurnTransport.TCP : TurnTransport.UDP;
        ClientHarness h = new ClientHarness(transport);
        h.allocate(600);
        h.client.bindChannel(h.now(), new java.net.InetSocketAddress("203.0.113.5", 6000));
        for (var m : h.sent()) {
            h.deliver(h.server.success(m));
        }
        while (data.remainingBytes() > 0) {
            byte[] chunk = data.consumeBytes(data.consumeInt(1, 1500));
            h.client.handleInput(h.now(), chunk, 0, chunk.length);
            h.drainEvents();
            h.sentRaw();
        }
    }
}
