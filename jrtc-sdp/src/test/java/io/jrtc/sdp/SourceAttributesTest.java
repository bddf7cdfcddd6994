package io.jrtc.sdp;

import static io.jrtc.sdp.HandWritten.media;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ssrc, ssrc-group, msid, msid-semantic and group. */
class SourceAttributesTest {
    @Test
    void ssrc() {
        MediaDescription m = media(
                "a=ssrc:4294967295 cname:4TOk42mSjXCkVIa6",
                "a=ssrc:1 msid:stream track",
                "a=ssrc:2 x-flag");
        assertEquals(List.of(Ssrc.of(4294967295L, "cname", "4TOk42mSjXCkVIa6"), Ssrc.of(1, "msid", "stream track"),
                new Ssrc(2, "x-flag", Optional.empty())), m.ssrcs());
        assertEquals("a=ssrc:1 msid:stream track", m.ssrcs().get(1).toAttribute().toString());
        assertEquals("a=ssrc:2 x-flag", m.ssrcs().get(2).toAttribute().toString());
        assertThrows(IllegalArgumentException.class, () -> Ssrc.of(4294967296L, "cname", "x"));
        assertThrows(IllegalArgumentException.class, () -> Ssrc.of(1, "c name", "x"));
    }

    @Test
    void ssrcGroup() {
        MediaDescription m = media("a=ssrc-group:FID 2001 2002", "a=ssrc-group:SIM 1 2 3");
        assertEquals(new SsrcGroup("FID", List.of(2001L, 2002L)), m.ssrcGroups().get(0));
        assertEquals(List.of(1L, 2L, 3L), m.ssrcGroups().get(1).ssrcs());
        assertEquals("a=ssrc-group:FID 2001 2002", m.ssrcGroups().get(0).toAttribute().toString());
        assertThrows(IllegalArgumentException.class, () -> new SsrcGroup("FID", List.of(-1L)));
    }

    @Test
    void msid() {
        MediaDescription m = media("a=msid:stream1 track1", "a=msid:-");
        assertEquals(List.of(new Msid("stream1", "track1"), new Msid("-", Optional.empty())), m.msids());
        assertEquals("a=msid:stream1 track1", m.msids().get(0).toAttribute().toString());
        assertEquals("a=msid:-", m.msids().get(1).toAttribute().toString());
        assertThrows(IllegalArgumentException.class, () -> new Msid("a b", "c"));
    }

    @Test
    void msidSemanticWithChromiumsSpaceOrWithout() {
        SessionDescription chromium = HandWritten.session("a=msid-semantic: WMS");
        assertEquals(new MsidSemantic("WMS", List.of()), chromium.msidSemantic().orElseThrow());
        SessionDescription libdatachannel = HandWritten.session("a=msid-semantic:WMS *");
        assertEquals(new MsidSemantic("WMS", List.of("*")), libdatachannel.msidSemantic().orElseThrow());
        assertEquals("a=msid-semantic:WMS *", libdatachannel.msidSemantic().orElseThrow().toAttribute().toString());
    }

    @Test
    void groups() {
        SessionDescription sdp = HandWritten.session("a=group:LS audio video", "a=group:BUNDLE audio video 0");
        assertEquals(new Group("LS", List.of("audio", "video")), sdp.groups().get(0));
        assertEquals(Group.bundle(List.of("audio", "video", "0")), sdp.bundleGroup().orElseThrow());
        assertEquals("a=group:BUNDLE audio video 0", sdp.bundleGroup().orElseThrow().toAttribute().toString());
        assertEquals(List.of(), HandWritten.session("a=group:BUNDLE").bundleGroup().orElseThrow().mids());
        assertEquals(Optional.empty(), HandWritten.session().bundleGroup());
    }
}
