package io.jrtc.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.signaling.internal.EntityTags;
import io.jrtc.signaling.internal.OfferShape;
import io.jrtc.signaling.internal.PayloadTypes;
import io.jrtc.signaling.internal.SdpFrag;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The small SDP readers of the HTTP endpoints (trickle-ice-sdpfrag bodies, rtpmap lines, the offer
 * filter and shape check, If-Match values) on real shapes and on seeded mutations of them: they never throw, and what they read is
 * consistent.
 */
class SdpTextMutationTest {
    static final String FRAG = "a=ice-ufrag:EsAw\r\na=ice-pwd:P2uYro0UCOQ4zxjKXaWCBui1\r\n"
            + "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\n"
            + "a=candidate:1387637174 1 udp 2122260223 127.0.0.1 61764 typ host generation 0\r\n"
            + "a=end-of-candidates\r\n";
    static final String OFFER = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0 1\r\n"
            + "m=audio 9 UDP/TLS/RTP/SAVPF 111 63\r\na=mid:0\r\na=ice-ufrag:EsAw\r\na=ice-pwd:P2uYro0UCOQ4zxjKXaWCBui1\r\n"
            + "a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01\r\n"
            + "a=rtpmap:111 opus/48000/2\r\na=rtcp-fb:111 transport-cc\r\na=rtpmap:63 red/48000/2\r\n"
            + "m=video 9 UDP/TLS/RTP/SAVPF 96 97\r\na=mid:1\r\na=rtpmap:96 VP8/90000\r\na=rtcp-fb:96 nack pli\r\n"
            + "a=rtcp-fb:96 transport-cc\r\na=rtpmap:97 rtx/90000\r\na=fmtp:97 apt=96\r\n";

    @Test
    void realShapesAreRead() {
        SdpFrag frag = SdpFrag.parse(FRAG);
        assertEquals("EsAw", frag.ufrag());
        assertEquals("P2uYro0UCOQ4zxjKXaWCBui1", frag.pwd());
        assertEquals(1, frag.candidates().size());
        assertEquals("0", frag.candidates().get(0).mid());
        assertTrue(frag.endOfCandidates());
        assertEquals(FRAG, SdpFrag.fromSdp(FRAG), "a fragment of a fragment is itself");
        assertEquals(null, SdpFrag.firstMalformedLine(FRAG));
        assertEquals("not sdp", SdpFrag.firstMalformedLine(FRAG + "not sdp\r\n"));
        assertEquals(null, OfferShape.problem(OFFER, true), "sendrecv audio and video may publish");
        assertEquals(null, OfferShape.problem(OFFER, false), "and may view");
        assertTrue(OfferShape.problem(OFFER.replace("a=mid:1\r\n", "a=mid:1\r\na=recvonly\r\n"), true).contains("recvonly"));
        assertEquals(null, OfferShape.problem(OFFER.replace("a=mid:1\r\n", "a=mid:1\r\na=recvonly\r\n"), false));
        assertTrue(OfferShape.problem(OFFER.replace("m=video 9", "m=audio 9"), false).contains("one audio track"));
        assertEquals(null, OfferShape.problem(OFFER.replace("m=video 9", "m=audio 0"), false), "a rejected section does not count");

        PayloadTypes types = PayloadTypes.of(OFFER);
        assertEquals("vp8/90000", types.codec("video", 96));
        assertEquals(111, types.payloadType("audio", "opus/48000/2"));
        assertTrue(types.isPrimary("video", 96));
        assertTrue(!types.isPrimary("video", 97), "RTX is repair data");
        assertTrue(!types.isPrimary("video", 100), "an unknown payload type is not forwarded");

    }

    private static String mutate(Random rnd, String s) {
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + rnd.nextInt(6);
        String alphabet = "a=:/ \r\n0123456789-m";
        for (int i = 0; i < edits && b.length() > 0; i++) {
            int at = rnd.nextInt(b.length());
            switch (rnd.nextInt(4)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
                case 2 -> b.setCharAt(at, (char) rnd.nextInt(0x3000));
                default -> b.setLength(at);
            }
        }
        return b.toString();
    }

    @Test
    void mutatedInputNeverThrowsAndStaysConsistent() {
        Random rnd = new Random(9725);
        for (int i = 0; i < 20_000; i++) {
            String frag = mutate(rnd, FRAG);
            SdpFrag f = SdpFrag.parse(frag);
            SdpFrag.fromSdp(frag);
            SdpFrag.firstMalformedLine(frag);
            EntityTags.ifMatch(mutate(rnd, "\"x\", W/\"abc\", \"abc\""), "\"abc\"");
            f.candidates().forEach(c -> assertTrue(c.candidate().startsWith("candidate:")));
            String offer = mutate(rnd, OFFER);
            PayloadTypes t = PayloadTypes.of(offer);
            for (String kind : new String[] {"audio", "video"}) {
                for (int pt = 0; pt < 128; pt++) {
                    String codec = t.codec(kind, pt);
                    if (codec != null) {
                        int back = t.payloadType(kind, codec);
                        assertTrue(back >= 0 && codec.equals(t.codec(kind, back)), offer);
                    }
                }
            }
            OfferShape.problem(offer, true);
            OfferShape.problem(offer, false);
        }
    }
}
