package io.jrtc.sdp;

import static io.jrtc.sdp.HandWritten.sdp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed input fails with SdpParseException naming the line and what was expected there. */
class ParseErrorTest {
    /** A description whose line 7 is {@code line}: the session, an m= line, a c= line, then it. */
    private static String withMediaLine(String line) {
        return sdp("v=0", "o=- 1 2 IN IP4 127.0.0.1", "s=-", "t=0 0", "m=audio 9 UDP/TLS/RTP/SAVPF 111",
                "c=IN IP4 0.0.0.0", line, "a=mid:0");
    }

    /** A description whose line 5 is {@code line}, at session level. */
    private static String withSessionLine(String line) {
        return sdp("v=0", "o=- 1 2 IN IP4 127.0.0.1", "s=-", "t=0 0", line, "m=audio 9 UDP/TLS/RTP/SAVPF 111");
    }

    @Test
    void messageNamesLineExpectedSyntaxAndTheLine() {
        SdpParseException e = assertThrows(SdpParseException.class,
                () -> SessionDescription.parse(withMediaLine("a=rtpmap:abc")));
        assertEquals("line 7: expected 'a=rtpmap:<payload type> <encoding name>/<clock rate>[/<channels>]'"
                + " but got 'a=rtpmap:abc'", e.getMessage());
        assertEquals(7, e.lineNumber());
        assertEquals(Optional.of("a=rtpmap:abc"), e.line());
        assertEquals("a=rtpmap:<payload type> <encoding name>/<clock rate>[/<channels>]", e.expected());
        assertTrue(e instanceof RuntimeException);
    }

    @Test
    void endOfInputIsNamed() {
        SdpParseException e = assertThrows(SdpParseException.class,
                () -> SessionDescription.parse(sdp("v=0", "o=- 1 2 IN IP4 127.0.0.1", "s=-")));
        assertEquals(4, e.lineNumber());
        assertEquals(Optional.empty(), e.line());
        assertTrue(e.getMessage().endsWith("but got end of input"), e.getMessage());
        assertTrue(e.getMessage().contains("t=<start-time> <stop-time>"), e.getMessage());
    }

    @Test
    void controlCharactersAreEscapedAndLongLinesShortenedInTheMessage() {
        SdpParseException e = assertThrows(SdpParseException.class,
                () -> SessionDescription.parse(withMediaLine("a=mid:\u0000x")));
        assertTrue(e.getMessage().contains("'a=mid:\\u0000x'"), e.getMessage());
        assertTrue(e.getMessage().contains("NUL"), e.getMessage());
        String longLine = "a=rtpmap:" + "9".repeat(500);
        SdpParseException e2 = assertThrows(SdpParseException.class,
                () -> SessionDescription.parse(withMediaLine(longLine)));
        assertTrue(e2.getMessage().length() < 400, e2.getMessage());
        assertEquals(Optional.of(longLine), e2.line());
    }

    static Stream<Arguments> malformedDescriptions() {
        List<Arguments> cases = new ArrayList<>();
        // Structure (RFC 8866 section 5).
        cases.add(Arguments.of("", 1, "v=0"));
        cases.add(Arguments.of("\r\n\r\n", 1, "v=0"));
        cases.add(Arguments.of(sdp("v=1", "o=- 1 2 IN IP4 0.0.0.0", "s=-", "t=0 0"), 1, "v=0"));
        cases.add(Arguments.of(sdp("o=- 1 2 IN IP4 0.0.0.0", "v=0", "s=-", "t=0 0"), 1, "v=0"));
        cases.add(Arguments.of(sdp("v=0", "s=-", "t=0 0"), 4, "o=<username>"));
        cases.add(Arguments.of(sdp("v=0", "o=- 1 2 IN IP4 0.0.0.0", "t=0 0", "m=audio 9 RTP/AVP 0"), 4, "s=<session name>"));
        cases.add(Arguments.of(sdp("v=0", "o=- 1 2 IN IP4 0.0.0.0", "o=- 1 2 IN IP4 0.0.0.0", "s=-", "t=0 0"), 3, "single o="));
        cases.add(Arguments.of(sdp("v=0", "o=- 1 2 IN IP4 0.0.0.0", "s=-", "s=-", "t=0 0"), 4, "single s="));
        cases.add(Arguments.of(withSessionLine("x=unknown"), 5, "session-level"));
        cases.add(Arguments.of(withSessionLine("v=0"), 5, "session-level"));
        cases.add(Arguments.of(withSessionLine("m=x"), 5, "m=<media>"));
        cases.add(Arguments.of(withMediaLine("t=0 0"), 7, "media-level"));
        cases.add(Arguments.of(withMediaLine("o=- 1 2 IN IP4 0.0.0.0"), 7, "media-level"));
        cases.add(Arguments.of(withMediaLine("s=-"), 7, "media-level"));
        // Line syntax.
        cases.add(Arguments.of(withMediaLine(""), 7, "<type>=<value>"));
        cases.add(Arguments.of(withMediaLine("a = b"), 7, "<type>=<value>"));
        cases.add(Arguments.of(withMediaLine("A=b"), 7, "<type>=<value>"));
        cases.add(Arguments.of(withMediaLine("rtcp-mux"), 7, "<type>=<value>"));
        cases.add(Arguments.of(withMediaLine("a=mid:0\u0000"), 7, "NUL"));
        cases.add(Arguments.of(withMediaLine("a=mid:0\rx"), 7, "CR"));
        // Session-level line values.
        cases.add(Arguments.of(sdp("v=0", "o=- x 2 IN IP4 0.0.0.0", "s=-", "t=0 0"), 2, "<sess-id>"));
        cases.add(Arguments.of(sdp("v=0", "o=- 1 2 IN IP4", "s=-", "t=0 0"), 2, "<unicast-address>"));
        cases.add(Arguments.of(sdp("v=0", "o=- 1 99999999999999999999 IN IP4 0.0.0.0", "s=-", "t=0 0"), 2, "<sess-version>"));
        cases.add(Arguments.of(sdp("v=0", "o=- 1 2 IN IP4 0.0.0.0", "s=-", "t=0"), 4, "t=<start-time>"));
        cases.add(Arguments.of(sdp("v=0", "o=- 1 2 IN IP4 0.0.0.0", "s=-", "t=0 -1"), 4, "t=<start-time>"));
        cases.add(Arguments.of(withSessionLine("c=IN IP4"), 5, "c=<nettype>"));
        cases.add(Arguments.of(withSessionLine("b=AS"), 5, "b=<bwtype>"));
        cases.add(Arguments.of(withSessionLine("b=AS:x"), 5, "b=<bwtype>"));
        // m= lines.
        cases.add(Arguments.of(withSessionLine("m=audio x RTP/AVP 0"), 5, "m=<media>"));
        cases.add(Arguments.of(withSessionLine("m=audio 70000 RTP/AVP 0"), 5, "m=<media>"));
        cases.add(Arguments.of(withSessionLine("m=audio 9/0 RTP/AVP 0"), 5, "m=<media>"));
        cases.add(Arguments.of(withSessionLine("m=audio 9"), 5, "m=<media>"));
        cases.add(Arguments.of(withSessionLine("m=audio 9 RTP//AVP 0"), 5, "m=<media>"));
        cases.add(Arguments.of(withSessionLine("m=audio  9 RTP/AVP 0"), 5, "m=<media>"));
        return cases.stream();
    }

    @ParameterizedTest(name = "[{index}] line {1}: {2}")
    @MethodSource("malformedDescriptions")
    void malformedDescriptionsFailAtTheirLine(String text, int line, String word) {
        assertFailsAt(text, line, word);
    }

    static Stream<Arguments> malformedAttributes() {
        return Stream.of(
                Arguments.of("a=rtpmap:128 VP8/90000", "a=rtpmap:"),
                Arguments.of("a=rtpmap:96 VP8", "a=rtpmap:"),
                Arguments.of("a=rtpmap:96 VP8/x", "a=rtpmap:"),
                Arguments.of("a=rtpmap:96 VP8/90000/2/3", "a=rtpmap:"),
                Arguments.of("a=rtpmap:-1 VP8/90000", "a=rtpmap:"),
                Arguments.of("a=rtpmap:\u0669\u0666 VP8/90000", "a=rtpmap:"),
                Arguments.of("a=rtpmap:96 VP8/2147483648", "a=rtpmap:"),
                Arguments.of("a=fmtp:abc x=1", "a=fmtp:"),
                Arguments.of("a=fmtp", "a=fmtp:"),
                Arguments.of("a=rtcp-fb:96", "a=rtcp-fb:"),
                Arguments.of("a=rtcp-fb:x nack", "a=rtcp-fb:"),
                Arguments.of("a=extmap:0 urn:x", "a=extmap:"),
                Arguments.of("a=extmap:1/both urn:x", "a=extmap:"),
                Arguments.of("a=extmap:1", "a=extmap:"),
                Arguments.of("a=fingerprint:sha-256", "a=fingerprint:"),
                Arguments.of("a=fingerprint:sha-256 ZZ:00", "a=fingerprint:"),
                Arguments.of("a=fingerprint:sha-256 AB:C", "a=fingerprint:"),
                Arguments.of("a=setup:maybe", "a=setup:"),
                Arguments.of("a=candidate:1 1 udp 1 1.2.3.4 5 host", "a=candidate:"),
                Arguments.of("a=ice-ufrag:ab:cd", "a=ice-ufrag:"),
                Arguments.of("a=ice-ufrag", "a=ice-ufrag:"),
                Arguments.of("a=ice-pwd:has space", "a=ice-pwd:"),
                Arguments.of("a=ice-options:", "a=ice-options:"),
                Arguments.of("a=mid:a b", "a=mid:"),
                Arguments.of("a=mid", "a=mid:"),
                Arguments.of("a=group:", "a=group:"),
                Arguments.of("a=group:BUNDLE  0", "a=group:"),
                Arguments.of("a=ssrc:x cname:y", "a=ssrc:"),
                Arguments.of("a=ssrc:1", "a=ssrc:"),
                Arguments.of("a=ssrc:4294967296 cname:x", "a=ssrc:"),
                Arguments.of("a=ssrc-group:FID x", "a=ssrc-group:"),
                Arguments.of("a=msid:", "a=msid:"),
                Arguments.of("a=msid:a b c", "a=msid:"),
                Arguments.of("a=msid-semantic: ", "a=msid-semantic:"),
                Arguments.of("a=rid:1 both", "a=rid:"),
                Arguments.of("a=rid:a.b send", "a=rid:"),
                Arguments.of("a=rid:a send pt=x", "a=rid:"),
                Arguments.of("a=rid:a send pt=1;pt=2", "a=rid:"),
                Arguments.of("a=simulcast:send", "a=simulcast:"),
                Arguments.of("a=simulcast:both a", "a=simulcast:"),
                Arguments.of("a=simulcast:send a send b", "a=simulcast:"),
                Arguments.of("a=simulcast:send a;;b", "a=simulcast:"),
                Arguments.of("a=simulcast:send ~", "a=simulcast:"),
                Arguments.of("a=sctp-port:x", "a=sctp-port:"),
                Arguments.of("a=sctp-port:70000", "a=sctp-port:"),
                Arguments.of("a=max-message-size:-1", "a=max-message-size:"),
                Arguments.of("a=sctpmap:5000", "a=sctpmap:"),
                Arguments.of("a=rtcp:x", "a=rtcp:"),
                Arguments.of("a=rtcp:9 IN IP4", "a=rtcp:"),
                Arguments.of("a=rtcp-mux:yes", "a=rtcp-mux"),
                Arguments.of("a=sendrecv:1", "a=sendrecv"),
                Arguments.of("a=end-of-candidates:now", "a=end-of-candidates"),
                Arguments.of("a=:x", "a=<attribute>[:<value>]"),
                Arguments.of("a=", "a=<attribute>[:<value>]"),
                Arguments.of("a=bad name:x", "a=<attribute>[:<value>]"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("malformedAttributes")
    void malformedKnownAttributesFailAtTheirLine(String line, String expectedSyntax) {
        SdpParseException e = assertFailsAt(withMediaLine(line), 7, expectedSyntax);
        assertEquals(Optional.of(line), e.line());
        assertTrue(e.expected().startsWith(expectedSyntax), e.expected());
    }

    @Test
    void linesEndedByLineFeedAloneAreCountedToo() {
        String lf = withMediaLine("a=sctp-port:x").replace("\r\n", "\n");
        assertFailsAt(lf, 7, "a=sctp-port:<port>");
        String unterminated = lf.substring(0, lf.indexOf("a=sctp-port:x") + "a=sctp-port:x".length());
        assertFailsAt(unterminated, 7, "a=sctp-port:<port>");
        assertFailsAt(sdp("v=0", "o=- 1 2 IN IP4 0.0.0.0", "", "s=-", "t=0 0"), 3, "<type>=<value>");
    }

    @Test
    void nullIsAParseError() {
        assertEquals(1, assertThrows(SdpParseException.class, () -> SessionDescription.parse(null)).lineNumber());
    }

    @Test
    void unknownAttributesAreNotChecked() {
        String text = withMediaLine("a=x-anything: goes ; here:: ");
        assertEquals(text, SessionDescription.parse(text).toString());
    }

    private static SdpParseException assertFailsAt(String text, int line, String word) {
        SdpParseException e = assertThrows(SdpParseException.class, () -> SessionDescription.parse(text));
        assertEquals(line, e.lineNumber(), e.getMessage());
        assertTrue(e.getMessage().startsWith("line " + line + ": expected '"), e.getMessage());
        assertTrue(e.getMessage().contains(word), e.getMessage());
        return e;
    }
}
