package io.jrtc.sdp;

import static io.jrtc.sdp.HandWritten.CHROMIUM_LIKE_OFFER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SessionDescriptionTest {
    private final SessionDescription offer = SessionDescription.parse(CHROMIUM_LIKE_OFFER);

    @Test
    void roundTripsByteForByteIncludingUnknownAttributes() {
        assertEquals(CHROMIUM_LIKE_OFFER, offer.toString());
        assertTrue(offer.toString().contains("a=x-unknown-attribute:kept  verbatim \r\n"));
        assertEquals(Optional.of("kept  verbatim "), offer.media().get(0).attribute("x-unknown-attribute"));
    }

    @Test
    void acceptsLineFeedsAloneAndAMissingFinalLineEnding() {
        String lf = CHROMIUM_LIKE_OFFER.replace("\r\n", "\n");
        assertEquals(CHROMIUM_LIKE_OFFER, SessionDescription.parse(lf).toString());
        String unterminated = CHROMIUM_LIKE_OFFER.substring(0, CHROMIUM_LIKE_OFFER.length() - 2);
        assertEquals(CHROMIUM_LIKE_OFFER, SessionDescription.parse(unterminated).toString());
        String mixed = CHROMIUM_LIKE_OFFER.replaceFirst("\r\n", "\n");
        assertEquals(CHROMIUM_LIKE_OFFER, SessionDescription.parse(mixed).toString());
    }

    @Test
    void dropsBlankLinesAtTheEnd() {
        assertEquals(CHROMIUM_LIKE_OFFER, SessionDescription.parse(CHROMIUM_LIKE_OFFER + "\r\n\r\n").toString());
    }

    @Test
    void readsTheSessionLevel() {
        assertEquals(new Origin("-", "4611731400430051336", 2, "IN", "IP4", "127.0.0.1"), offer.origin());
        assertEquals("-", offer.sessionName());
        assertEquals(new Timing(0, 0), offer.timing());
        assertEquals(Optional.empty(), offer.connection());
        assertEquals(List.of(new Group("BUNDLE", List.of("0", "1", "2"))), offer.groups());
        assertEquals(List.of("0", "1", "2"), offer.bundleGroup().orElseThrow().mids());
        assertTrue(offer.extmapAllowMixed());
        assertEquals(new MsidSemantic("WMS", List.of("stream1")), offer.msidSemantic().orElseThrow());
        assertFalse(offer.iceLite());
        assertEquals(Direction.SENDRECV, offer.direction());
        assertEquals(Optional.empty(), offer.explicitDirection());
        assertEquals(7, offer.sessionLines().size());
        assertEquals(offer.lines().size(), CHROMIUM_LIKE_OFFER.split("\r\n").length);
        assertEquals(new SdpLine('v', "0"), offer.lines().get(0));
        assertEquals("a=group:BUNDLE 0 1 2", offer.sessionLines().get(4).toString());
    }

    @Test
    void readsMediaSections() {
        assertEquals(4, offer.media().size());
        MediaDescription audio = offer.media().get(0);
        assertEquals("audio", audio.type());
        assertEquals(9, audio.port());
        assertEquals("UDP/TLS/RTP/SAVPF", audio.protocol());
        assertEquals(List.of("111", "63", "0", "126"), audio.formats());
        assertEquals(List.of(111, 63, 0, 126), audio.mediaLine().payloadTypes());
        assertEquals(Optional.of("0"), audio.mid());
        assertEquals(Connection.UNSPECIFIED_IP4, audio.connection().orElseThrow());
        assertEquals(List.of(new Bandwidth("AS", 64)), audio.bandwidths());
        assertEquals("a=rtcp-mux", audio.attributes("rtcp-mux").get(0).toString());
        assertEquals(offer.media().get(1), offer.mediaByMid("1").orElseThrow());
        assertEquals(Optional.empty(), offer.mediaByMid("9"));
        assertTrue(offer.media().get(3).isRejected());
        assertFalse(audio.isRejected());
    }

    @Test
    void mediaDirectionFallsBackToSessionLevelThenSendrecv() {
        SessionDescription sdp = HandWritten.session(
                "a=recvonly",
                "m=audio 9 UDP/TLS/RTP/SAVPF 111",
                "m=video 9 UDP/TLS/RTP/SAVPF 96",
                "a=inactive");
        assertEquals(Direction.RECVONLY, sdp.direction());
        assertEquals(Direction.RECVONLY, sdp.media().get(0).direction());
        assertEquals(Optional.empty(), sdp.media().get(0).explicitDirection());
        assertEquals(Direction.INACTIVE, sdp.media().get(1).direction());
        assertEquals(Direction.SENDRECV, HandWritten.media().direction());
        assertEquals(Direction.SENDONLY, offer.media().get(1).direction());
    }

    @Test
    void transportAttributesFallBackToSessionLevelAsLibdatachannelWritesThem() {
        SessionDescription sdp = HandWritten.session(
                "c=IN IP4 192.0.2.1",
                "a=ice-ufrag:sess",
                "a=ice-pwd:sessionpasswordsessionpw",
                "a=ice-options:ice2,trickle",
                "a=fingerprint:sha-256 AA:BB",
                "a=setup:actpass",
                "a=end-of-candidates",
                "m=application 9 UDP/DTLS/SCTP webrtc-datachannel",
                "m=audio 9 UDP/TLS/RTP/SAVPF 0",
                "c=IN IP6 ::1",
                "a=ice-ufrag:medi",
                "a=setup:passive");
        MediaDescription data = sdp.media().get(0);
        assertEquals(Optional.of("sess"), data.iceUfrag());
        assertEquals(Optional.of("sessionpasswordsessionpw"), data.icePwd());
        assertEquals(List.of("ice2", "trickle"), data.iceOptions());
        assertEquals(List.of("ice2", "trickle"), sdp.iceOptions());
        assertEquals("AA:BB", data.fingerprints().get(0).hex());
        assertEquals(Optional.of(Setup.ACTPASS), data.setup());
        assertEquals(Connection.of("192.0.2.1"), data.connection().orElseThrow());
        assertTrue(data.endOfCandidates());
        MediaDescription audio = sdp.media().get(1);
        assertEquals(Optional.of("medi"), audio.iceUfrag());
        assertEquals(Optional.of(Setup.PASSIVE), audio.setup());
        assertEquals(new Connection("IN", "IP6", "::1"), audio.connection().orElseThrow());
        assertEquals(Optional.of("sess"), sdp.iceUfrag());
        assertEquals(Optional.of(Setup.ACTPASS), sdp.setup());
    }

    @Test
    void standaloneSectionsHaveNoSessionToFallBackTo() {
        MediaDescription built = MediaDescription.builder("audio", 9, "UDP/TLS/RTP/SAVPF").build();
        assertEquals(Optional.empty(), built.iceUfrag());
        assertEquals(Direction.SENDRECV, built.direction());
        assertEquals(OptionalInt.empty(), built.sctpPort());
    }

    @Test
    void equalityIsByText() {
        SessionDescription again = SessionDescription.parse(CHROMIUM_LIKE_OFFER.replace("\r\n", "\n"));
        assertEquals(offer, again);
        assertEquals(offer.hashCode(), again.hashCode());
        assertNotEquals(offer, SessionDescription.parse(CHROMIUM_LIKE_OFFER.replace("a=sendonly", "a=recvonly")));
        assertEquals(offer.media().get(0), again.media().get(0));
        assertEquals(offer.media().get(0).toString(),
                CHROMIUM_LIKE_OFFER.substring(CHROMIUM_LIKE_OFFER.indexOf("m=audio"), CHROMIUM_LIKE_OFFER.indexOf("m=video")));
    }

    @Test
    void keepsLinesOfOtherTypesVerbatim() {
        SessionDescription sdp = SessionDescription.parse(HandWritten.sdp(
                "v=0", "o=jdoe 2890844526 2890842807 IN IP4 10.47.16.5", "s=SDP Seminar",
                "i=A Seminar on the session description protocol", "u=http://www.example.com/seminars/sdp.pdf",
                "e=j.doe@example.com (Jane Doe)", "p=+1 617 555-6011", "c=IN IP4 224.2.17.12/127",
                "b=CT:1000", "t=2873397496 2873404696", "r=7d 1h 0 25h", "z=2882844526 -1h", "k=prompt", "a=recvonly",
                "m=audio 49170 RTP/AVP 0", "i=audio", "b=AS:64", "k=clear:secret",
                "m=video 51372/2 RTP/AVP 99", "a=rtpmap:99 h263-1998/90000"));
        assertEquals("SDP Seminar", sdp.sessionName());
        assertEquals(new Timing(2873397496L, 2873404696L), sdp.timing());
        assertEquals("224.2.17.12/127", sdp.connection().orElseThrow().address());
        assertEquals(List.of(new Bandwidth("CT", 1000)), sdp.bandwidths());
        assertEquals(OptionalInt.of(2), sdp.media().get(1).mediaLine().portCount());
        assertEquals(2890842807L, sdp.origin().sessionVersion());
        SdpInvariants.checkAccepted(sdp);
    }
}
