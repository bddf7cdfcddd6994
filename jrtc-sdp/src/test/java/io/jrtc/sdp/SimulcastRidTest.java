package io.jrtc.sdp;

import static io.jrtc.sdp.HandWritten.media;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** rid (RFC 8851) and simulcast (RFC 8853). */
class SimulcastRidTest {
    @Test
    void ridWithPayloadTypesAndRestrictions() {
        Rid rid = media("a=rid:f send pt=96,97;max-width=1280;max-height=720;depend=h").rids().get(0);
        assertEquals("f", rid.id());
        assertEquals(RidDirection.SEND, rid.direction());
        assertEquals(List.of(96, 97), rid.payloadTypes());
        assertEquals(List.of("max-width", "max-height", "depend"), List.copyOf(rid.restrictions().keySet()));
        assertEquals("1280", rid.restrictions().get("max-width"));
        assertEquals("a=rid:f send pt=96,97;max-width=1280;max-height=720;depend=h", rid.toAttribute().toString());
    }

    @Test
    void ridAsChromiumWritesIt() {
        List<Rid> rids = media("a=rid:q recv", "a=rid:h recv").rids();
        assertEquals(List.of(new Rid("q", RidDirection.RECV), new Rid("h", RidDirection.RECV)), rids);
        assertEquals("a=rid:q recv", rids.get(0).toAttribute().toString());
        assertEquals(RidDirection.SEND, RidDirection.RECV.reversed());
        assertEquals(Map.of("max-fps", "30"), media("a=rid:x send max-fps=30").rids().get(0).restrictions());
    }

    @Test
    void ridValidation() {
        assertThrows(IllegalArgumentException.class, () -> new Rid("a.b", RidDirection.SEND));
        assertThrows(IllegalArgumentException.class, () -> new Rid("a", RidDirection.SEND, List.of(128), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new Rid("a", RidDirection.SEND, List.of(), Map.of("pt", "1")));
        assertThrows(IllegalArgumentException.class, () -> RidDirection.fromString("both"));
    }

    @Test
    void simulcastWithAlternativesAndPausedStreams() {
        Simulcast sim = media("a=simulcast:send f;h,~q recv r").simulcast().orElseThrow();
        assertEquals(List.of(List.of(SimulcastStream.of("f")),
                List.of(SimulcastStream.of("h"), new SimulcastStream("q", true))), sim.send());
        assertEquals(List.of(List.of(SimulcastStream.of("r"))), sim.recv());
        assertEquals(List.of(SimulcastStream.of("f"), SimulcastStream.of("h")), sim.sendStreams());
        assertEquals(List.of(SimulcastStream.of("r")), sim.recvStreams());
        assertEquals("a=simulcast:send f;h,~q recv r", sim.toAttribute().toString());
    }

    @Test
    void simulcastRecvFirstAndWeriftsTrailingSpace() {
        Simulcast sim = media("a=simulcast:recv q;h;f ").simulcast().orElseThrow();
        assertEquals(List.of(), sim.send());
        assertEquals(List.of("q", "h", "f"), sim.recvStreams().stream().map(SimulcastStream::rid).toList());
        assertEquals("a=simulcast:recv q;h;f", sim.toAttribute().toString());
        Simulcast both = media("a=simulcast:recv a send b").simulcast().orElseThrow();
        assertEquals(Simulcast.sending("b").send(), both.send());
        assertEquals(Optional.empty(), media().simulcast());
    }

    @Test
    void simulcastValidation() {
        assertThrows(IllegalArgumentException.class, () -> new Simulcast(List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Simulcast(List.of(List.of()), List.of()));
        assertThrows(IllegalArgumentException.class, () -> SimulcastStream.of("~x"));
        assertEquals("a=simulcast:send f;h;q", Simulcast.sending("f", "h", "q").toAttribute().toString());
    }
}
