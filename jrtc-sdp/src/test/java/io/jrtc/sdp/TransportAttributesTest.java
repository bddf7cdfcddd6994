package io.jrtc.sdp;

import static io.jrtc.sdp.HandWritten.media;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** ICE, DTLS setup, direction, SCTP and the property attributes. */
class TransportAttributesTest {
    @Test
    void iceCredentialsAndOptions() {
        MediaDescription m = media("a=ice-ufrag:EsAw", "a=ice-pwd:P2uYro0UCOQ4zxjKXaWC+/i1", "a=ice-options:trickle renomination");
        assertEquals(Optional.of("EsAw"), m.iceUfrag());
        assertEquals(Optional.of("P2uYro0UCOQ4zxjKXaWC+/i1"), m.icePwd());
        assertEquals(List.of("trickle", "renomination"), m.iceOptions());
        assertEquals(List.of(), media().iceOptions());
        assertTrue(HandWritten.session("a=ice-lite").iceLite());
    }

    @Test
    void setup() {
        assertEquals(Optional.of(Setup.ACTPASS), media("a=setup:actpass").setup());
        assertEquals(Optional.of(Setup.HOLDCONN), media("a=setup:holdconn").setup());
        assertEquals(Setup.PASSIVE, Setup.fromString("PASSIVE"));
        assertEquals("a=setup:active", Setup.ACTIVE.toAttribute().toString());
        assertEquals("active", Setup.ACTIVE.toString());
        assertThrows(IllegalArgumentException.class, () -> Setup.fromString("both"));
    }

    @Test
    void directions() {
        for (Direction d : Direction.values()) {
            assertEquals(d, media("a=" + d).direction());
            assertEquals(d, Direction.fromString(d.toString()));
            assertEquals(d, Direction.of(d.sends(), d.receives()));
            assertEquals(d, d.reversed().reversed());
        }
        assertEquals(Direction.RECVONLY, Direction.SENDONLY.reversed());
        assertEquals(Direction.INACTIVE, Direction.INACTIVE.reversed());
        assertEquals(Optional.empty(), Direction.fromAttributeName("mid"));
        assertThrows(IllegalArgumentException.class, () -> Direction.fromString("sendrecv "));
    }

    @Test
    void sctpPortMaxMessageSizeAndLegacySctpmap() {
        MediaDescription m = media("a=sctp-port:5000", "a=max-message-size:262144");
        assertEquals(OptionalInt.of(5000), m.sctpPort());
        assertEquals(OptionalLong.of(262144), m.maxMessageSize());
        SctpMap legacy = media("a=sctpmap:5000 webrtc-datachannel 1024").sctpMap().orElseThrow();
        assertEquals(new SctpMap(5000, "webrtc-datachannel", OptionalInt.of(1024)), legacy);
        assertEquals("a=sctpmap:5000 webrtc-datachannel 1024", legacy.toAttribute().toString());
        assertEquals(OptionalInt.empty(), media("a=sctpmap:5000 webrtc-datachannel").sctpMap().orElseThrow().streams());
        assertEquals(OptionalInt.empty(), media().sctpPort());
        assertEquals(OptionalLong.empty(), media().maxMessageSize());
    }

    @Test
    void propertyAttributes() {
        MediaDescription m = media("a=extmap-allow-mixed", "a=end-of-candidates", "a=bundle-only");
        assertTrue(m.extmapAllowMixed());
        assertTrue(m.endOfCandidates());
        assertTrue(m.hasAttribute("bundle-only"));
        assertEquals(Optional.empty(), m.attribute("bundle-only"));
        assertFalse(media().extmapAllowMixed());
        assertTrue(HandWritten.session("a=extmap-allow-mixed", "m=audio 9 RTP/AVP 0").media().get(0).extmapAllowMixed());
    }

    @Test
    void valuesOfKnownAttributesIgnoreTrailingSpaces() {
        MediaDescription m = media("a=mid:0 ", "a=sctp-port:5000 ", "a=ice-ufrag:abcd\t");
        assertEquals(Optional.of("0"), m.mid());
        assertEquals(OptionalInt.of(5000), m.sctpPort());
        assertEquals(Optional.of("abcd"), m.iceUfrag());
        assertEquals(Optional.of("0 "), m.attribute("mid"), "the raw value stays as written");
    }

    @Test
    void originAndConnectionValues() {
        Origin o = Origin.newSession();
        assertEquals("-", o.username());
        assertEquals(0, o.sessionVersion());
        assertEquals("0.0.0.0", o.address());
        assertTrue(Long.parseLong(o.sessionId()) >= 0);
        assertEquals(5, o.withSessionVersion(5).sessionVersion());
        assertThrows(IllegalArgumentException.class, () -> new Origin("-", "x1", 0, "IN", "IP4", "0.0.0.0"));
        assertEquals(new Connection("IN", "IP6", "::1"), Connection.of("::1"));
        assertThrows(IllegalArgumentException.class, () -> new Timing(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Bandwidth("A S", 1));
        assertThrows(IllegalArgumentException.class, () -> new SdpLine('A', "x"));
        assertThrows(IllegalArgumentException.class, () -> new SdpLine('a', "x\u0000"));
        assertThrows(IllegalArgumentException.class, () -> Attribute.of("a:b", "x"));
        assertEquals("a=mid:0", Attribute.of("mid", "0").toString());
        assertEquals("", Attribute.of("rtcp-mux").valueOrEmpty());
    }
}
