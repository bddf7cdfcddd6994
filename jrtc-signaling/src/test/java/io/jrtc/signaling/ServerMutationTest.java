package io.jrtc.signaling;

import static io.jrtc.signaling.Events.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.signaling.internal.MessageParser;
import io.jrtc.signaling.internal.ProtocolException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutated messages sent to a real server: each one the parser refuses gets exactly the
 * error reply the parser names, the rest are handled, and the connection keeps working.
 */
class ServerMutationTest {
    private static final long SEED = 20261201L;
    private static final int MESSAGES = 400;

    @Test
    void everyMutatedMessageGetsAnAnswerAndTheServerKeepsServing() throws Exception {
        try (SignalingServer server = SignalingServer.builder().build().start();
             SignalingClient fuzzer = SignalingClient.connect(server.websocketUri());
             SignalingClient a = SignalingClient.connect(server.websocketUri(), "steady");
             SignalingClient b = SignalingClient.connect(server.websocketUri(), "steady")) {
            Random rnd = new Random(SEED);
            int errors = 0;
            int unsendable = 0;
            for (int i = 0; i < MESSAGES; i++) {
                String input = Mutator.mutate(rnd, Mutator.CORPUS.get(rnd.nextInt(Mutator.CORPUS.size())));
                ErrorCode expected = null;
                try {
                    MessageParser.parse(input);
                } catch (ProtocolException e) {
                    expected = e.code();
                }
                try {
                    fuzzer.send(input).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    // Unpaired surrogates have no UTF-8 form: the JDK client refuses to send them.
                    unsendable++;
                    continue;
                }
                List<SignalingEvent> answers = Events.drain(fuzzer);
                String where = "seed " + SEED + " message " + i + " " + ParserMutationTest.escape(input) + ": " + answers;
                if (expected != null) {
                    errors++;
                    assertEquals(1, answers.size(), where);
                    SignalingEvent.Error e = (SignalingEvent.Error) answers.get(0);
                    assertEquals(expected, e.code(), where);
                } else {
                    assertTrue(answers.stream().noneMatch(e -> e instanceof SignalingEvent.Closed), where);
                }
            }
            assertTrue(errors > MESSAGES / 10, "refused " + errors);
            assertTrue(unsendable < MESSAGES / 10, "unsendable " + unsendable);
            assertTrue(fuzzer.isOpen());
            SignalPayload offer = new SignalPayload.Description("offer", "v=0\r\n");
            a.signal(offer);
            expect(a, SignalingEvent.Joined.class);
            expect(a, SignalingEvent.PeerJoined.class);
            expect(b, SignalingEvent.Joined.class);
            assertEquals(new SignalingEvent.Signal(a.id(), null, offer), expect(b, SignalingEvent.Signal.class));
            assertTrue(server.stats().errorsSent() >= errors);
        }
    }
}
