package io.jrtc.signaling;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Waiting for client events; the timeout only guards against a hang, it is never a measurement. */
final class Events {
    static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private Events() {
    }

    static SignalingEvent next(SignalingClient c) throws InterruptedException {
        SignalingEvent e = c.poll(HANG_GUARD);
        assertNotNull(e, "no event within the hang guard");
        return e;
    }

    static <T extends SignalingEvent> T expect(SignalingClient c, Class<T> type) throws InterruptedException {
        return assertInstanceOf(type, next(c));
    }

    /**
     * Sends a ping and returns every event received before the pong: the server handles one
     * connection's messages in order, so this is everything that was queued for it before.
     */
    static List<SignalingEvent> drain(SignalingClient c) throws InterruptedException {
        c.ping();
        List<SignalingEvent> seen = new ArrayList<>();
        while (true) {
            SignalingEvent e = next(c);
            if (e instanceof SignalingEvent.Pong) {
                return seen;
            }
            seen.add(e);
        }
    }

    static SignalingEvent.Error expectError(SignalingClient c, ErrorCode code) throws InterruptedException {
        SignalingEvent.Error e = expect(c, SignalingEvent.Error.class);
        if (e.code() != code) {
            throw new AssertionError("expected error " + code + " but got " + e);
        }
        return e;
    }
}
