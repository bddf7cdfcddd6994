package io.jrtc.sdp;

import static io.jrtc.sdp.HandWritten.media;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** rtpmap, fmtp, rtcp-fb, extmap, rtcp, rtcp-mux, rtcp-rsize and the codecs joining them. */
class RtpAttributesTest {
    @Test
    void rtpMap() {
        MediaDescription m = media("a=rtpmap:111 opus/48000/2", "a=rtpmap:96 VP8/90000");
        assertEquals(List.of(new RtpMap(111, "opus", 48000, 2), new RtpMap(96, "VP8", 90000)), m.rtpMaps());
        RtpMap opus = m.rtpMap(111).orElseThrow();
        assertEquals(OptionalInt.of(2), opus.channels());
        assertTrue(opus.isEncoding("OPUS"));
        assertEquals(OptionalInt.empty(), m.rtpMap(96).orElseThrow().channels());
        assertEquals(Optional.empty(), m.rtpMap(0));
        assertEquals("a=rtpmap:111 opus/48000/2", opus.toAttribute().toString());
        assertEquals("a=rtpmap:96 VP8/90000", new RtpMap(96, "VP8", 90000).toAttribute().toString());
        assertThrows(IllegalArgumentException.class, () -> new RtpMap(128, "VP8", 90000));
        assertThrows(IllegalArgumentException.class, () -> new RtpMap(96, "V P8", 90000));
        assertThrows(IllegalArgumentException.class, () -> new RtpMap(96, "VP8", 0));
    }

    @Test
    void fmtpKeepsTextAndReadsParameters() {
        MediaDescription m = media(
                "a=fmtp:111 minptime=10;useinbandfec=1",
                "a=fmtp:63 111/111",
                "a=fmtp:102 level-asymmetry-allowed=1; packetization-mode=1 ;profile-level-id=42e01f;");
        Fmtp opus = m.fmtp(111).orElseThrow();
        assertEquals("minptime=10;useinbandfec=1", opus.parameters());
        assertEquals(Map.of("minptime", "10", "useinbandfec", "1"), opus.parameterMap());
        assertEquals(Optional.of("10"), opus.parameter("minptime"));
        assertEquals(Map.of("111/111", ""), m.fmtp(63).orElseThrow().parameterMap());
        Fmtp h264 = m.fmtp(102).orElseThrow();
        assertEquals(List.of("level-asymmetry-allowed", "packetization-mode", "profile-level-id"),
                List.copyOf(h264.parameterMap().keySet()));
        assertEquals(Optional.of("42e01f"), h264.parameter("profile-level-id"));
        assertEquals(3, m.fmtps().size());
    }

    @Test
    void fmtpIsBuiltFromAnOrderedMap() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("minptime", "10");
        params.put("useinbandfec", "1");
        Fmtp f = Fmtp.of(111, params);
        assertEquals("a=fmtp:111 minptime=10;useinbandfec=1", f.toAttribute().toString());
        assertEquals(params, f.parameterMap());
        assertEquals("a=fmtp:96", new Fmtp(96, "").toAttribute().toString());
        assertEquals(Map.of(), media("a=fmtp:96").fmtp(96).orElseThrow().parameterMap());
        assertThrows(IllegalArgumentException.class, () -> new Fmtp(96, "a\nb"));
    }

    @Test
    void rtcpFeedbackForOneOrAllPayloadTypes() {
        MediaDescription m = media("a=rtcp-fb:96 nack pli", "a=rtcp-fb:96 goog-remb", "a=rtcp-fb:* ccm fir");
        assertEquals(List.of(RtcpFeedback.of(96, "nack", "pli"), RtcpFeedback.of(96, "goog-remb", null),
                RtcpFeedback.forAll("ccm", "fir")), m.rtcpFeedback());
        assertEquals(3, m.rtcpFeedback(96).size());
        assertEquals(List.of(RtcpFeedback.forAll("ccm", "fir")), m.rtcpFeedback(97));
        assertTrue(RtcpFeedback.forAll("nack", null).appliesTo(5));
        assertFalse(RtcpFeedback.of(96, "nack", null).appliesTo(5));
        assertEquals("a=rtcp-fb:* trr-int 100", RtcpFeedback.forAll("trr-int", "100").toAttribute().toString());
        assertEquals("a=rtcp-fb:96 nack pli", m.rtcpFeedback().get(0).toAttribute().toString());
    }

    @Test
    void extMapWithDirectionAndExtensionAttributes() {
        MediaDescription m = media(
                "a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level",
                "a=extmap:2/recvonly urn:ietf:params:rtp-hdrext:csrc-audio-level vad=on",
                "a=extmap:4096/sendonly urn:x");
        ExtMap plain = m.extMaps().get(0);
        assertEquals(new ExtMap(1, "urn:ietf:params:rtp-hdrext:ssrc-audio-level"), plain);
        ExtMap full = m.extMaps().get(1);
        assertEquals(2, full.id());
        assertEquals(Optional.of(Direction.RECVONLY), full.direction());
        assertEquals(Optional.of("vad=on"), full.extensionAttributes());
        assertEquals("a=extmap:2/recvonly urn:ietf:params:rtp-hdrext:csrc-audio-level vad=on",
                full.toAttribute().toString());
        assertEquals(4096, m.extMaps().get(2).id());
        assertThrows(IllegalArgumentException.class, () -> new ExtMap(0, "urn:x"));
        assertThrows(IllegalArgumentException.class, () -> new ExtMap(256, "urn:x"));
        assertThrows(IllegalArgumentException.class, () -> new ExtMap(1, "urn x"));
    }

    @Test
    void rtcpMuxRsizeAndRtcpPort() {
        MediaDescription m = media("a=rtcp:9 IN IP4 0.0.0.0", "a=rtcp-mux", "a=rtcp-rsize");
        assertEquals(new Rtcp(9, Optional.of(Connection.UNSPECIFIED_IP4)), m.rtcp().orElseThrow());
        assertTrue(m.rtcpMux());
        assertTrue(m.rtcpRsize());
        assertEquals(new Rtcp(53020, Optional.empty()), media("a=rtcp:53020").rtcp().orElseThrow());
        assertEquals("a=rtcp:9 IN IP4 0.0.0.0", m.rtcp().orElseThrow().toAttribute().toString());
        assertFalse(media().rtcpMux());
        assertEquals(Optional.empty(), media().rtcp());
    }

    @Test
    void codecsJoinRtpMapFmtpAndFeedbackInMediaLineOrder() {
        SessionDescription sdp = HandWritten.session(
                "m=video 9 UDP/TLS/RTP/SAVPF 97 96 0",
                "a=rtpmap:96 VP8/90000",
                "a=rtcp-fb:96 nack",
                "a=rtcp-fb:* transport-cc",
                "a=rtpmap:97 rtx/90000",
                "a=fmtp:97 apt=96");
        List<Codec> codecs = sdp.media().get(0).codecs();
        assertEquals(List.of(97, 96, 0), codecs.stream().map(Codec::payloadType).toList());
        Codec rtx = codecs.get(0);
        assertEquals(Optional.of("rtx"), rtx.encodingName());
        assertEquals(Optional.of("96"), rtx.parameter("apt"));
        assertEquals(List.of(RtcpFeedback.forAll("transport-cc", null)), rtx.feedback());
        Codec vp8 = codecs.get(1);
        assertEquals(2, vp8.feedback().size());
        assertEquals(Optional.empty(), vp8.fmtp());
        Codec pcmu = codecs.get(2);
        assertEquals(Optional.empty(), pcmu.rtpMap());
        assertEquals(Optional.empty(), pcmu.parameter("x"));
    }
}
