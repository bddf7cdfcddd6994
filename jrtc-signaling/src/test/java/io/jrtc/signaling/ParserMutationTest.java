package io.jrtc.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jrtc.signaling.internal.ClientMessage;
import io.jrtc.signaling.internal.ClientMessages;
import io.jrtc.signaling.internal.MessageParser;
import io.jrtc.signaling.internal.ProtocolException;
import io.jrtc.signaling.internal.ServerMessageParser;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of valid messages: the server's parser returns a message or a
 * {@link ProtocolException} with a code and a sentence, and never throws anything else.
 */
class ParserMutationTest {
    private static final long SEED = 0x5167_4e41_4cL;
    private static final int ROUNDS = 30_000;

    @Test
    void theCorpusParses() throws ProtocolException {
        for (String m : Mutator.CORPUS) {
            assertNotNull(MessageParser.parse(m));
        }
    }

    @Test
    void mutatedClientMessagesNeverThrowOutOfTheParser() {
        Random rnd = new Random(SEED);
        int refused = 0;
        int accepted = 0;
        for (int i = 0; i < ROUNDS; i++) {
            String input = Mutator.mutate(rnd, Mutator.CORPUS.get(rnd.nextInt(Mutator.CORPUS.size())));
            try {
                ClientMessage m = MessageParser.parse(input);
                accepted++;
                if (m instanceof ClientMessage.Signal s) {
                    // What the parser accepts, the client's writer reproduces and the parser reads back equal.
                    assertEquals(s, MessageParser.parse(ClientMessages.signal(s.to(), s.data())), input);
                }
            } catch (ProtocolException e) {
                refused++;
                assertNotNull(e.code(), input);
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), input);
            } catch (Throwable t) {
                fail("seed " + SEED + " round " + i + ": " + t + " on input " + escape(input), t);
            }
        }
        // Both outcomes must occur, or the mutations are not exercising the parser.
        assertTrue(refused > ROUNDS / 10, "refused " + refused);
        assertTrue(accepted > ROUNDS / 100, "accepted " + accepted);
    }

    @Test
    void mutatedServerMessagesBecomeEventsOnTheClient() {
        String[] serverCorpus = {
            "{\"type\":\"joined\",\"room\":\"r\",\"id\":\"a\",\"peers\":[\"b\",\"c\"]}",
            "{\"type\":\"peer-left\",\"room\":\"r\",\"id\":\"b\"}",
            "{\"type\":\"signal\",\"from\":\"b\",\"to\":\"a\",\"data\":{\"type\":\"offer\",\"sdp\":\"v=0\"}}",
            "{\"type\":\"error\",\"code\":\"room-full\",\"message\":\"full\",\"request\":\"join\"}",
        };
        Random rnd = new Random(SEED + 1);
        for (int i = 0; i < ROUNDS; i++) {
            String input = Mutator.mutate(rnd, serverCorpus[rnd.nextInt(serverCorpus.length)]);
            try {
                assertNotNull(ServerMessageParser.parse(input));
            } catch (Throwable t) {
                fail("seed " + (SEED + 1) + " round " + i + ": " + t + " on input " + escape(input), t);
            }
        }
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return b.toString();
    }
}
