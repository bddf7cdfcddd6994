package io.jrtc.signaling;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jrtc.signaling.internal.MessageParser;
import io.jrtc.signaling.internal.ProtocolException;
import io.jrtc.signaling.internal.ServerMessageParser;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer fuzz test of both message parsers: the server's returns a message or throws
 * {@link ProtocolException} (with a code), the client's always returns an event; nothing else
 * escapes. A normal build runs the seeds in regression mode; {@code JAZZER_FUZZ=1} fuzzes.
 */
class MessageParserFuzzTest {
    @FuzzTest
    @DictionaryEntries({
        "{\"type\":\"join\",\"room\":\"r\"}", "{\"type\":\"signal\",\"data\":{", "\"type\":\"offer\"",
        "\"sdp\":\"v=0\"", "\"candidate\":\"\"", "\"sdpMid\":", "\"sdpMLineIndex\":", "\"usernameFragment\":",
        "\"to\":", "\"from\":", "\"peers\":[", "\"code\":", "\"type\":\"error\"", "\"type\":\"joined\"",
        "null", "true", "1e400", "\\u0000", "\\ud800"
    })
    void parse(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        try {
            assertNotNull(MessageParser.parse(text));
        } catch (ProtocolException e) {
            assertNotNull(e.code());
        }
        assertNotNull(ServerMessageParser.parse(text));
    }
}
