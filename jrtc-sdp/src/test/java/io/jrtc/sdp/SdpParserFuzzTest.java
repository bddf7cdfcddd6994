package io.jrtc.sdp;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer fuzz test of the parser: whatever the bytes, {@link SessionDescription#parse(String)}
 * either throws {@link SdpParseException} or returns a description whose text parses again to the
 * same text.
 *
 * <p>A normal build runs it in regression mode over the seeds in {@code
 * resources/io/jrtc/sdp/SdpParserFuzzTestInputs/parse/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class SdpParserFuzzTest {
    // Entries must not hold control characters: Jazzer writes them unescaped into a libFuzzer
    // dictionary file, which then fails to parse.
    @FuzzTest
    @DictionaryEntries({
        "v=0", "o=- 1 2 IN IP4 127.0.0.1", "s=-", "t=0 0", "m=audio 9 UDP/TLS/RTP/SAVPF 111",
        "c=IN IP4 0.0.0.0", "b=AS:30", "a=rtpmap:", "a=fmtp:", "a=rtcp-fb:", "a=extmap:", "a=candidate:",
        " typ ", " raddr ", " rport ", "a=ssrc:", "a=ssrc-group:", "a=msid:", "a=rid:", " send", " recv",
        "a=simulcast:", "~", ";", ",", "a=fingerprint:sha-256 ", "a=setup:", "a=group:BUNDLE ", "a=mid:",
        "a=sctp-port:", "a=max-message-size:", "a=sctpmap:", "a=ice-ufrag:", "a=ice-pwd:", "a=ice-options:",
        "a=msid-semantic: WMS", "a=rtcp:", "/", "pt=", "a=sendonly", "a=end-of-candidates"
    })
    void parse(byte[] data) {
        // ISO-8859-1 maps every byte to one char, so every byte value reaches the parser.
        SdpInvariants.checkParse(new String(data, StandardCharsets.ISO_8859_1));
    }
}
