package io.jrtc.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that hold for every description the parser accepts; shared by the fuzz and mutation tests. */
final class SdpInvariants {
    private SdpInvariants() {}

    /**
     * Parses {@code text}: a malformed input must fail with {@link SdpParseException} naming a line
     * that exists (or the one after the last); a well-formed one must be idempotent and readable.
     */
    static void checkParse(String text) {
        SessionDescription sdp;
        try {
            sdp = SessionDescription.parse(text);
        } catch (SdpParseException e) {
            long lines = text.chars().filter(c -> c == '\n').count() + 1;
            assertTrue(e.lineNumber() >= 1 && e.lineNumber() <= lines + 1, e.getMessage());
            assertTrue(e.getMessage().startsWith("line " + e.lineNumber() + ": expected '"), e.getMessage());
            return;
        }
        checkAccepted(sdp);
    }

    /** Writing, parsing again and editing an accepted description gives the same text; no accessor fails. */
    static void checkAccepted(SessionDescription sdp) {
        String out = sdp.toString();
        assertEquals(out, SessionDescription.parse(out).toString(), "parse(toString()) is idempotent");
        assertEquals(out, sdp.toBuilder().build().toString(), "toBuilder().build() changes nothing");
        checkTrickleEdits(sdp);
        readEverything(sdp);
    }

    /** The trickle edits give what the builder's edits give (the description's text is written already). */
    private static void checkTrickleEdits(SessionDescription sdp) {
        for (int i = 0; i < sdp.media().size(); i++) {
            int index = i;
            assertEquals(sdp.toBuilder().editMedia(index, MediaDescriptionBuilder::endOfCandidates).build().toString(),
                    sdp.withEndOfCandidates(index).toString(), "withEndOfCandidates is the builder's edit");
            for (Candidate c : sdp.media().get(i).candidates()) {
                assertEquals(sdp.toBuilder().editMedia(index, m -> m.candidate(c)).build().toString(),
                        sdp.withCandidate(index, c.toString()).toString(), "withCandidate is the builder's edit");
            }
        }
    }

    private static void readEverything(SessionDescription sdp) {
        sdp.origin();
        sdp.sessionName();
        sdp.timing();
        sdp.connection();
        sdp.bandwidths();
        sdp.attributes();
        sdp.groups();
        sdp.bundleGroup();
        sdp.msidSemantic();
        sdp.iceUfrag();
        sdp.icePwd();
        sdp.iceOptions();
        sdp.fingerprints();
        sdp.setup();
        sdp.direction();
        sdp.extMaps();
        for (MediaDescription m : sdp.media()) {
            readEverything(m);
        }
    }

    private static void readEverything(MediaDescription m) {
        m.mediaLine();
        m.mid();
        m.direction();
        m.connection();
        m.bandwidths();
        m.iceUfrag();
        m.icePwd();
        m.iceOptions();
        m.fingerprints().forEach(Fingerprint::hex);
        m.setup();
        m.extMaps();
        m.rtcp();
        m.codecs().forEach(c -> c.fmtp().ifPresent(Fmtp::parameterMap));
        m.ssrcs();
        m.ssrcGroups();
        m.msids();
        m.rids();
        m.simulcast();
        m.sctpPort();
        m.maxMessageSize();
        m.sctpMap();
        m.isRejected();
        for (Candidate c : m.candidates()) {
            assertEquals(c, Candidate.parse(c.toString()));
        }
        assertEquals(m.toString(), m.toBuilder().build().toString());
    }
}
