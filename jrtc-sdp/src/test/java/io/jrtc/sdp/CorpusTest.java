package io.jrtc.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real SDP of the corpus round-trips byte for byte and reads as the stack meant it. */
class CorpusTest {
    static List<Path> corpus() {
        return Corpus.files();
    }

    @Test
    void corpusIsThere() {
        assertTrue(corpus().size() >= 20, "corpus files: " + corpus().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void roundTripsByteForByte(Path file) {
        String text = Corpus.read(file);
        assertTrue(text.endsWith("\r\n"), "corpus files use CRLF");
        SessionDescription sdp = SessionDescription.parse(text);
        assertEquals(text, sdp.toString());
        assertEquals(sdp, SessionDescription.parse(sdp.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void lineFeedOnlyInputIsWrittenWithCrlf(Path file) {
        String text = Corpus.read(file);
        SessionDescription sdp = SessionDescription.parse(text.replace("\r\n", "\n"));
        assertEquals(text, sdp.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void toBuilderWithoutEditsChangesNothing(Path file) {
        String text = Corpus.read(file);
        assertEquals(text, SessionDescription.parse(text).toBuilder().build().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void sessionLevelIsWhatWebRtcWrites(Path file) {
        SessionDescription sdp = SessionDescription.parse(Corpus.read(file));
        assertEquals("IN", sdp.origin().netType());
        assertEquals("-", sdp.sessionName());
        assertEquals(Timing.UNBOUNDED, sdp.timing());
        assertTrue(sdp.msidSemantic().isPresent());
        assertEquals("WMS", sdp.msidSemantic().get().semantics());
        assertFalse(sdp.media().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void bundleGroupListsEveryMid(Path file) {
        SessionDescription sdp = SessionDescription.parse(Corpus.read(file));
        List<String> mids = sdp.media().stream().map(m -> m.mid().orElseThrow()).toList();
        assertEquals(mids, sdp.bundleGroup().orElseThrow().mids());
        assertEquals(mids.size(), Set.copyOf(mids).size(), "mids are unique");
        for (String mid : mids) {
            assertEquals(mid, sdp.mediaByMid(mid).orElseThrow().mid().orElseThrow());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everySectionHasTransportCredentials(Path file) {
        SessionDescription sdp = SessionDescription.parse(Corpus.read(file));
        for (MediaDescription m : sdp.media()) {
            assertTrue(m.iceUfrag().orElseThrow().length() >= 4, "ufrag in " + m.mid());
            assertTrue(m.icePwd().orElseThrow().length() >= 22, "pwd in " + m.mid());
            assertTrue(m.iceOptions().contains("trickle"));
            List<Fingerprint> fingerprints = m.fingerprints();
            assertEquals(1, fingerprints.size());
            assertTrue(fingerprints.get(0).isHashFunction("sha-256"));
            assertEquals(32, fingerprints.get(0).bytes().length);
            assertTrue(m.setup().isPresent());
            assertTrue(m.connection().isPresent());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void rtpSectionsMapEveryPayloadType(Path file) {
        SessionDescription sdp = SessionDescription.parse(Corpus.read(file));
        for (MediaDescription m : sdp.media()) {
            if (!m.type().equals("audio") && !m.type().equals("video")) {
                continue;
            }
            assertEquals("UDP/TLS/RTP/SAVPF", m.protocol());
            assertTrue(m.rtcpMux());
            List<Integer> pts = m.mediaLine().payloadTypes();
            assertEquals(m.formats().size(), pts.size());
            for (int pt : pts) {
                assertTrue(m.rtpMap(pt).isPresent(), "rtpmap for " + pt + " in " + file);
            }
            assertEquals(pts, m.codecs().stream().map(Codec::payloadType).toList());
            m.codecs().stream()
                    .filter(c -> c.rtpMap().orElseThrow().isEncoding("rtx"))
                    .forEach(c -> assertTrue(pts.contains(Integer.parseInt(c.parameter("apt").orElseThrow()))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void applicationSectionsUseSctpPort5000(Path file) {
        SessionDescription sdp = SessionDescription.parse(Corpus.read(file));
        for (MediaDescription m : sdp.media()) {
            if (m.type().equals("application")) {
                assertEquals("UDP/DTLS/SCTP", m.protocol());
                assertEquals(List.of("webrtc-datachannel"), m.formats());
                assertEquals(5000, m.sctpPort().orElseThrow());
                // Chromium's answer to werift omits it (werift offered 65536).
                m.maxMessageSize().ifPresent(size -> assertTrue(size > 0));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void candidatesParseAndMatchTheirText(Path file) {
        SessionDescription sdp = SessionDescription.parse(Corpus.read(file));
        for (MediaDescription m : sdp.media()) {
            List<Candidate> candidates = m.candidates();
            List<Attribute> raw = m.attributes("candidate");
            assertEquals(raw.size(), candidates.size());
            for (int i = 0; i < raw.size(); i++) {
                Candidate c = candidates.get(i);
                assertEquals(raw.get(i).value().orElseThrow(), c.toAttribute().value().orElseThrow());
                assertEquals(c, Candidate.parse(c.toString()));
                assertEquals(1, c.component());
                assertTrue(Set.of("host", "srflx", "prflx", "relay").contains(c.type()));
                assertEquals(c.type().equals("srflx"), c.relatedAddress().isPresent());
                if (c.transport().equalsIgnoreCase("tcp")) {
                    assertEquals("active", c.tcpType().orElseThrow());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void typedAttributesWriteBackAsRead(Path file) {
        SessionDescription sdp = SessionDescription.parse(Corpus.read(file));
        for (MediaDescription m : sdp.media()) {
            assertWrittenBack(m, "rtpmap", m.rtpMaps());
            assertWrittenBack(m, "fmtp", m.fmtps());
            assertWrittenBack(m, "rtcp-fb", m.rtcpFeedback());
            assertWrittenBack(m, "extmap", m.extMaps());
            assertWrittenBack(m, "ssrc", m.ssrcs());
            assertWrittenBack(m, "ssrc-group", m.ssrcGroups());
            assertWrittenBack(m, "msid", m.msids());
            assertWrittenBack(m, "rid", m.rids());
            assertWrittenBack(m, "fingerprint", m.fingerprints().stream()
                    .filter(f -> m.hasAttribute("fingerprint")).toList());
        }
    }

    private static void assertWrittenBack(MediaDescription m, String name, List<? extends TypedAttribute> typed) {
        List<String> raw = m.attributes(name).stream().map(Attribute::toString).toList();
        assertEquals(raw, typed.stream().map(t -> t.toAttribute().toString()).toList());
    }

    @Test
    void simulcastOfferIsConsistentWithItsRids() {
        List<SessionDescription> withSimulcast = corpus().stream()
                .map(f -> SessionDescription.parse(Corpus.read(f)))
                .filter(s -> s.media().stream().anyMatch(m -> m.simulcast().isPresent()))
                .toList();
        assertFalse(withSimulcast.isEmpty(), "the corpus has simulcast descriptions");
        for (SessionDescription sdp : withSimulcast) {
            for (MediaDescription m : sdp.media()) {
                m.simulcast().ifPresent(sim -> assertSimulcastMatchesRids(m, sim));
            }
        }
    }

    private static void assertSimulcastMatchesRids(MediaDescription m, Simulcast sim) {
        Set<String> send = m.rids().stream().filter(r -> r.direction() == RidDirection.SEND)
                .map(Rid::id).collect(Collectors.toSet());
        Set<String> recv = m.rids().stream().filter(r -> r.direction() == RidDirection.RECV)
                .map(Rid::id).collect(Collectors.toSet());
        assertEquals(send, sim.send().stream().flatMap(List::stream).map(SimulcastStream::rid).collect(Collectors.toSet()));
        assertEquals(recv, sim.recv().stream().flatMap(List::stream).map(SimulcastStream::rid).collect(Collectors.toSet()));
        assertEquals(3, send.size() + recv.size());
        assertEquals(List.of("q", "h", "f"), m.rids().stream().map(Rid::id).toList());
        assertTrue(m.direction().sends() == !send.isEmpty());
        if (!send.isEmpty()) {
            // The sender says which header extension carries the rid (RFC 8852).
            assertTrue(m.extMaps().stream()
                    .anyMatch(e -> e.uri().equals("urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id")));
        }
    }
}
