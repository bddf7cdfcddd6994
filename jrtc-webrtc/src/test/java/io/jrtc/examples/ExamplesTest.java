package io.jrtc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.webrtc.JrtcSettings;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Each example runs as it would from its main(), on 127.0.0.1 only. */
class ExamplesTest {
    private static final JrtcSettings LOOPBACK = JrtcSettings.builder().loopbackOnly(true).ipv6(false).build();

    @Test
    void loopbackCall() throws Exception {
        assertEquals("pong: ping", LoopbackCall.run(LOOPBACK));
    }

    @Test
    void signalingExchange() throws Exception {
        assertEquals("callee got: hi, callee", SignalingExchange.run(LOOPBACK));
    }

    @Test
    void helloDataChannel() throws Exception {
        List<String> printed = new CopyOnWriteArrayList<>();
        List<String> lines = HelloDataChannel.run(LOOPBACK, printed::add);
        assertTrue(lines.contains("remote received: hello from the local side"), lines::toString);
        assertTrue(lines.contains("local received: hello from the remote side"), lines::toString);
        assertEquals(lines, printed);
    }
}
