package io.jrtc.sdp;

import static io.jrtc.sdp.HandWritten.CHROMIUM_LIKE_OFFER;
import static io.jrtc.sdp.HandWritten.sdp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuilderTest {
    private static final Origin ORIGIN = new Origin("-", "4611731400430051336", 2, "IN", "IP4", "127.0.0.1");
    private static final Fingerprint FINGERPRINT = Fingerprint.fromHex("sha-256", "4A:AD:B9:B1");

    @Test
    void defaultsAreWhatJsepWrites() {
        SessionDescription sdp = SessionDescription.builder().build();
        assertEquals(List.of('v', 'o', 's', 't'), sdp.lines().stream().map(SdpLine::type).toList());
        assertEquals("-", sdp.sessionName());
        assertEquals(Timing.UNBOUNDED, sdp.timing());
        assertEquals("IN IP4 0.0.0.0", sdp.origin().netType() + " " + sdp.origin().addrType() + " " + sdp.origin().address());
        assertTrue(sdp.toString().startsWith("v=0\r\no=- "));
    }

    @Test
    void aBuilderWithAnOriginIsTheDefaultBuilderWithThatOrigin() {
        assertEquals(SessionDescription.builder().origin(ORIGIN).build().toString(),
                SessionDescription.builder(ORIGIN).build().toString());
        assertEquals(ORIGIN, SessionDescription.builder(ORIGIN).build().origin());
    }

    @Test
    void theWriterWritesWhatTheBuilderBuilds() {
        Fingerprint sha1 = Fingerprint.fromHex("sha-1", "4A:AD:B9:B1:4A:AD:B9:B1:4A:AD:B9:B1:4A:AD:B9:B1:4A:AD:B9:B1");
        SessionDescription written = SessionDescriptionWriter.start(ORIGIN)
                .attribute(Group.bundle(List.of("0", "1")))
                .attribute("extmap-allow-mixed")
                .attribute(new MsidSemantic("WMS", List.of()))
                .media(new MediaLine("audio", 9, "UDP/TLS/RTP/SAVPF", List.of("111")))
                .connection(Connection.UNSPECIFIED_IP4)
                .attribute(new Rtcp(9, Optional.of(Connection.UNSPECIFIED_IP4)))
                .attribute("ice-ufrag", "EsAw")
                .attribute("ice-pwd", "P2uYro0UCOQ4zxjKXaWCBui1")
                .attribute(FINGERPRINT)
                .attribute(sha1)
                .attribute(Setup.ACTPASS)
                .attribute("mid", "0")
                .attribute(Direction.SENDRECV)
                .attribute("rtcp-mux")
                .codec(new Codec(111, Optional.of(new RtpMap(111, "opus", 48000, java.util.OptionalInt.of(2))),
                        Optional.empty(), List.of()))
                .media(new MediaLine("application", 0, "UDP/DTLS/SCTP", List.of("webrtc-datachannel")))
                .connection(Connection.UNSPECIFIED_IP4)
                .attribute("bundle-only")
                .attribute("mid", "1")
                .attribute("sctp-port", "5000")
                .build();
        SessionDescription built = SessionDescription.builder(ORIGIN)
                .bundle("0", "1")
                .extmapAllowMixed()
                .msidSemantic(new MsidSemantic("WMS", List.of()))
                .addMedia(MediaDescription.builder(new MediaLine("audio", 9, "UDP/TLS/RTP/SAVPF", List.of("111")))
                        .connection(Connection.UNSPECIFIED_IP4)
                        .rtcp(new Rtcp(9, Optional.of(Connection.UNSPECIFIED_IP4)))
                        .iceUfrag("EsAw")
                        .icePwd("P2uYro0UCOQ4zxjKXaWCBui1")
                        .fingerprint(FINGERPRINT)
                        .fingerprint(sha1)
                        .setup(Setup.ACTPASS)
                        .mid("0")
                        .direction(Direction.SENDRECV)
                        .rtcpMux()
                        .rtpMap(new RtpMap(111, "opus", 48000, java.util.OptionalInt.of(2)))
                        .build())
                .addMedia(MediaDescription.builder(new MediaLine("application", 0, "UDP/DTLS/SCTP",
                                List.of("webrtc-datachannel")))
                        .connection(Connection.UNSPECIFIED_IP4)
                        .attribute("bundle-only")
                        .mid("1")
                        .sctpPort(5000)
                        .build())
                .build();
        assertEquals(built.toString(), written.toString());
        assertEquals(built, SessionDescription.parse(written.toString()));
        assertEquals(written.toString(), SessionDescription.parse(written.toString()).toString());
        assertThrows(IllegalArgumentException.class, () -> SessionDescriptionWriter.start(ORIGIN).attribute("a", "x\r\ny"));
        assertThrows(IllegalArgumentException.class, () -> SessionDescriptionWriter.start(ORIGIN).attribute("no token"));
        assertThrows(SdpParseException.class, () -> SessionDescriptionWriter.start(ORIGIN).attribute("mid", "no token")
                .build());
    }

    @Test
    void buildsAnOfferLineByLine() {
        MediaDescription audio = MediaDescription.builder("audio", 9, "UDP/TLS/RTP/SAVPF")
                .connection(Connection.UNSPECIFIED_IP4)
                .rtcp(new Rtcp(9, Optional.of(Connection.UNSPECIFIED_IP4)))
                .iceUfrag("EsAw")
                .icePwd("P2uYro0UCOQ4zxjKXaWCBui1")
                .iceOptions("trickle")
                .fingerprint(FINGERPRINT)
                .setup(Setup.ACTPASS)
                .mid("0")
                .extMap(new ExtMap(1, "urn:ietf:params:rtp-hdrext:ssrc-audio-level"))
                .direction(Direction.SENDRECV)
                .msid(new Msid("stream1", "track1"))
                .rtcpMux()
                .rtcpRsize()
                .codec(new Codec(111, Optional.of(new RtpMap(111, "opus", 48000, 2)),
                        Optional.of(new Fmtp(111, "minptime=10;useinbandfec=1")),
                        List.of(RtcpFeedback.of(111, "transport-cc", null), RtcpFeedback.forAll("nack", null))))
                .rtpMap(new RtpMap(0, "PCMU", 8000))
                .ssrc(Ssrc.of(1001, "cname", "abc"))
                .build();
        MediaDescription data = MediaDescription.builder(
                        new MediaLine("application", 9, "UDP/DTLS/SCTP", List.of("webrtc-datachannel")))
                .connection(Connection.UNSPECIFIED_IP4)
                .mid("1")
                .sctpPort(5000)
                .maxMessageSize(262144)
                .build();
        SessionDescription offer = SessionDescription.builder()
                .origin(ORIGIN)
                .bundle("0", "1")
                .extmapAllowMixed()
                .msidSemantic(new MsidSemantic("WMS", List.of("stream1")))
                .addMedia(audio)
                .addMedia(data)
                .build();
        assertEquals(sdp(
                "v=0", "o=- 4611731400430051336 2 IN IP4 127.0.0.1", "s=-", "t=0 0",
                "a=group:BUNDLE 0 1", "a=extmap-allow-mixed", "a=msid-semantic:WMS stream1",
                "m=audio 9 UDP/TLS/RTP/SAVPF 111 0", "c=IN IP4 0.0.0.0", "a=rtcp:9 IN IP4 0.0.0.0",
                "a=ice-ufrag:EsAw", "a=ice-pwd:P2uYro0UCOQ4zxjKXaWCBui1", "a=ice-options:trickle",
                "a=fingerprint:sha-256 4A:AD:B9:B1", "a=setup:actpass", "a=mid:0",
                "a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level", "a=sendrecv", "a=msid:stream1 track1",
                "a=rtcp-mux", "a=rtcp-rsize", "a=rtpmap:111 opus/48000/2", "a=rtcp-fb:111 transport-cc",
                "a=fmtp:111 minptime=10;useinbandfec=1", "a=rtpmap:0 PCMU/8000", "a=ssrc:1001 cname:abc",
                "m=application 9 UDP/DTLS/SCTP webrtc-datachannel", "c=IN IP4 0.0.0.0", "a=mid:1",
                "a=sctp-port:5000", "a=max-message-size:262144"), offer.toString());
        assertEquals(offer, SessionDescription.parse(offer.toString()));
        assertEquals(List.of(111, 0), offer.media().get(0).codecs().stream().map(Codec::payloadType).toList());
    }

    @Test
    void sessionLevelLinesGoWhereRfc8866OrdersThem() {
        SessionDescription sdp = SessionDescription.builder()
                .origin(ORIGIN)
                .attribute("ice-lite")
                .bandwidth(new Bandwidth("AS", 100))
                .connection(Connection.of("192.0.2.1"))
                .sessionName("call")
                .timing(new Timing(1, 2))
                .build();
        assertEquals(sdp("v=0", "o=- 4611731400430051336 2 IN IP4 127.0.0.1", "s=call", "c=IN IP4 192.0.2.1",
                "b=AS:100", "t=1 2", "a=ice-lite"), sdp.toString());
    }

    @Test
    void toBuilderEditsOnlyWhatItIsTold() {
        SessionDescription offer = SessionDescription.parse(CHROMIUM_LIKE_OFFER);
        Candidate host = Candidate.of("9", 1, "udp", 2122260223L, "192.0.2.9", 50000, "host");
        SessionDescription edited = offer.toBuilder()
                .sessionVersion(3)
                .editMedia(1, m -> m.direction(Direction.INACTIVE))
                .editMedia("0", m -> m.candidate(host))
                .build();
        String expected = CHROMIUM_LIKE_OFFER
                .replace("o=- 4611731400430051336 2 ", "o=- 4611731400430051336 3 ")
                .replace("a=sendonly\r\n", "a=inactive\r\n")
                .replace("network-id 1\r\na=candidate:3 1 udp 2113937151 4ad1c3b6-1234-4a5b-9c8d-0123456789ab.local 54321 typ host\r\n",
                        "network-id 1\r\na=candidate:3 1 udp 2113937151 4ad1c3b6-1234-4a5b-9c8d-0123456789ab.local 54321 typ host\r\n"
                                + "a=candidate:9 1 udp 2122260223 192.0.2.9 50000 typ host\r\n");
        assertEquals(expected, edited.toString());
        assertEquals(Direction.INACTIVE, edited.media().get(1).direction());
        assertEquals(4, edited.media().get(0).candidates().size());
    }

    @Test
    void aTrickledCandidateTextIsAddedAsItsParsedCandidateWouldBe() {
        SessionDescription offer = SessionDescription.parse(CHROMIUM_LIKE_OFFER);
        for (String text : List.of(
                "candidate:9 1 udp 2122260223 192.0.2.9 50000 typ host generation 0",
                "a=candidate:9 1 udp 2122260223 192.0.2.9 50000 typ host",
                // Not in the candidate's own form (leading zeros): written in that form, as before.
                "candidate:9 01 udp 002122260223 192.0.2.9 050000 typ srflx raddr 10.0.0.1 rport 09",
                "9 1 TCP 1 192.0.2.9 9 typ host tcptype active")) {
            SessionDescription byText = offer.toBuilder().editMedia(0, m -> m.candidate(text)).build();
            SessionDescription byCandidate = offer.toBuilder()
                    .editMedia(0, m -> m.candidate(Candidate.parse(text))).build();
            assertEquals(byCandidate.toString(), byText.toString(), text);
            assertEquals(byCandidate.media().get(0).candidates(), byText.media().get(0).candidates(), text);
            assertEquals(SessionDescription.parse(byText.toString()).media().get(0).candidates(),
                    byText.media().get(0).candidates(), text);
        }
        for (String text : List.of("candidate:9 1 udp 2122260223 192.0.2.9 50000 typ host generation 0",
                "candidate:9 01 udp 002122260223 192.0.2.9 050000 typ host")) {
            for (int i = 0; i < offer.media().size(); i++) {
                int index = i;
                SessionDescription edited = offer.withEndOfCandidates(index).withCandidate(index, text);
                SessionDescription built = offer.toBuilder().editMedia(index, m -> m.endOfCandidates()).build()
                        .toBuilder().editMedia(index, m -> m.candidate(Candidate.parse(text))).build();
                assertEquals(built.toString(), edited.toString(), text);
                assertEquals(built.media().get(index).candidates(), edited.media().get(index).candidates());
                assertTrue(edited.media().get(index).endOfCandidates());
                assertEquals(edited.toString(), offer.withCandidate(index, text).withEndOfCandidates(index)
                        .withEndOfCandidates(index).toString());
                assertEquals(edited, SessionDescription.parse(edited.toString()));
            }
        }
        assertThrows(SdpParseException.class, () -> offer.withCandidate(0, "candidate:9 1 udp"));
        // Edited with and without the text of the description written first.
        SessionDescription written = SessionDescription.parse(CHROMIUM_LIKE_OFFER);
        written.toString();
        for (int i = 0; i < written.media().size(); i++) {
            String fresh = SessionDescription.parse(CHROMIUM_LIKE_OFFER)
                    .withCandidate(i, "candidate:9 1 udp 1 192.0.2.9 9 typ host").withEndOfCandidates(i).toString();
            assertEquals(fresh, written.withCandidate(i, "candidate:9 1 udp 1 192.0.2.9 9 typ host")
                    .withEndOfCandidates(i).toString());
            assertEquals(fresh, written.toBuilder().editMedia(i, m -> m.candidate("candidate:9 1 udp 1 192.0.2.9 9 typ host")
                    .endOfCandidates()).build().toString());
        }
        for (String bad : List.of("", "candidate:", "candidate:9 1 udp 1 192.0.2.9 1 host",
                "candidate:9 1 udp 1 192.0.2.9 1 typ host ", "candidate:9 1 udp 1 192.0.2.9 99999 typ host")) {
            SdpParseException e = assertThrows(SdpParseException.class,
                    () -> offer.toBuilder().editMedia(0, m -> m.candidate(bad)), bad);
            assertEquals(1, e.lineNumber());
        }
    }

    @Test
    void toBuilderReplacesSingleValuedAttributesInPlace() {
        MediaDescription m = HandWritten.media("a=mid:0", "a=setup:actpass", "a=sendrecv", "a=rtcp-mux");
        MediaDescription edited = m.toBuilder().setup(Setup.ACTIVE).direction(Direction.RECVONLY).mid("a").rtcpMux().build();
        assertEquals(sdp("m=audio 9 UDP/TLS/RTP/SAVPF 111", "a=mid:a", "a=setup:active", "a=recvonly", "a=rtcp-mux"),
                edited.toString());
        MediaDescription portZero = m.toBuilder().port(0).build();
        assertTrue(portZero.isRejected());
        assertEquals(List.of("111"), portZero.formats());
        assertEquals(List.of("8"), m.toBuilder().formats(List.of("8")).build().formats());
    }

    @Test
    void repeatedAttributesGoAfterTheLastOfTheirName() {
        MediaDescription m = HandWritten.media("a=rtpmap:111 opus/48000/2", "a=fmtp:111 x=1", "a=rtcp-mux");
        MediaDescription edited = m.toBuilder().rtpMap(new RtpMap(0, "PCMU", 8000)).attribute("x-new", "1").build();
        assertEquals(sdp("m=audio 9 UDP/TLS/RTP/SAVPF 111", "a=rtpmap:111 opus/48000/2", "a=rtpmap:0 PCMU/8000",
                "a=fmtp:111 x=1", "a=rtcp-mux", "a=x-new:1"), edited.toString());
        assertEquals(List.of("111"), edited.formats(), "an edited section keeps its m= line");
        assertEquals(sdp("m=audio 9 UDP/TLS/RTP/SAVPF 111", "a=rtpmap:111 opus/48000/2", "a=rtcp-mux"),
                m.toBuilder().removeAttributes("fmtp").build().toString());
    }

    @Test
    void groupReplacesTheGroupWithTheSameSemantics() {
        SessionDescription sdp = HandWritten.session("a=group:BUNDLE 0", "a=group:LS 0", "a=group:BUNDLEX 1");
        String edited = sdp.toBuilder().bundle("0", "1").build().toString();
        assertTrue(edited.contains("a=group:LS 0\r\na=group:BUNDLEX 1\r\na=group:BUNDLE 0 1\r\n"), edited);
        assertEquals(1, SessionDescription.parse(edited).groups().stream().filter(Group::isBundle).count());
    }

    @Test
    void sessionLevelTypedSetters() {
        SessionDescription sdp = SessionDescription.builder()
                .origin(ORIGIN)
                .iceUfrag("abcd")
                .icePwd("abcdefghijklmnopqrstuv")
                .iceOptions("trickle")
                .iceLite()
                .setup(Setup.PASSIVE)
                .direction(Direction.SENDONLY)
                .direction(Direction.RECVONLY)
                .extMap(new ExtMap(3, "urn:x"))
                .attribute(new Group("LS", List.of("a")))
                .build();
        assertEquals(Optional.of("abcd"), sdp.iceUfrag());
        assertEquals(Optional.of("abcdefghijklmnopqrstuv"), sdp.icePwd());
        assertEquals(List.of("trickle"), sdp.iceOptions());
        assertTrue(sdp.iceLite());
        assertEquals(Optional.of(Setup.PASSIVE), sdp.setup());
        assertEquals(Direction.RECVONLY, sdp.direction());
        assertEquals(1, sdp.attributes().stream().filter(a -> Direction.fromAttributeName(a.name()).isPresent()).count());
        assertEquals(List.of(new ExtMap(3, "urn:x")), sdp.extMaps());
        assertEquals("LS", sdp.groups().get(0).semantics());
        assertEquals(sdp, sdp.toBuilder().removeAttributes("nothing").build());
        assertEquals(Optional.empty(), sdp.toBuilder().removeAttributes("ice-lite").build().attribute("ice-lite"));
    }

    @Test
    void mediaCanBeReplacedAndRemoved() {
        SessionDescription offer = SessionDescription.parse(CHROMIUM_LIKE_OFFER);
        MediaDescription data = offer.media().get(2);
        SessionDescriptionBuilder b = offer.toBuilder().removeMedia(3).setMedia(0, data);
        assertEquals(3, b.media().size());
        SessionDescription edited = b.build();
        assertEquals(Optional.of("2"), edited.media().get(0).mid());
        assertEquals(Optional.of("EsAw"), edited.media().get(0).iceUfrag());
    }

    @Test
    void rawAttributesAreCheckedAtOnce() {
        MediaDescriptionBuilder m = MediaDescription.builder("audio", 9, "RTP/AVP");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.attribute("rtpmap", "abc"));
        assertTrue(e.getMessage().contains("a=rtpmap:<payload type>"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.attribute("rtcp-mux", "yes"));
        assertThrows(IllegalArgumentException.class, () -> m.attribute("x", "a\r\nb"));
        assertThrows(IllegalArgumentException.class, () -> m.attribute("bad name"));
        assertThrows(IllegalArgumentException.class, () -> m.mid("a b"));
        assertThrows(IllegalArgumentException.class, () -> m.iceUfrag("a:b"));
        assertThrows(IllegalArgumentException.class, () -> m.sctpPort(70000));
        assertThrows(IllegalArgumentException.class, () -> SessionDescription.builder().iceOptions());
        assertThrows(IllegalArgumentException.class, () -> SessionDescription.builder().sessionName("a\nb"));
        assertEquals(Optional.of("1"), m.attribute("x-custom", "1").build().attribute("x-custom"));
    }

    @Test
    void newSectionsListTheirRtpMapsOnTheMediaLine() {
        MediaDescription m = MediaDescription.builder("video", 9, "UDP/TLS/RTP/SAVPF")
                .rtpMap(new RtpMap(96, "VP8", 90000))
                .rtpMap(new RtpMap(97, "rtx", 90000))
                .fmtp(new Fmtp(97, "apt=96"))
                .rtcpFeedback(RtcpFeedback.of(96, "nack", "pli"))
                .ssrcGroup(new SsrcGroup("FID", List.of(1L, 2L)))
                .rid(new Rid("h", RidDirection.SEND))
                .simulcast(Simulcast.sending("h"))
                .extmapAllowMixed()
                .endOfCandidates()
                .bandwidth(new Bandwidth("TIAS", 1000000))
                .attribute(new Msid("-", "t"))
                .build();
        assertEquals(List.of("96", "97"), m.formats());
        assertEquals("b=TIAS:1000000", m.lines().get(1).toString());
        assertEquals(List.of(new Rid("h", RidDirection.SEND)), m.rids());
        assertTrue(m.endOfCandidates());
        assertEquals(m.toString(), SessionDescription.builder().addMedia(m).build().media().get(0).toString());
        MediaDescription legacy = MediaDescription.builder("application", 9, "DTLS/SCTP")
                .formats(List.of("5000"))
                .sctpMap(new SctpMap(5000, "webrtc-datachannel", java.util.OptionalInt.of(1024)))
                .build();
        assertEquals(sdp("m=application 9 DTLS/SCTP 5000", "a=sctpmap:5000 webrtc-datachannel 1024"), legacy.toString());
    }
}
