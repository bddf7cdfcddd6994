package io.jrtc.webrtc.internal.jsep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * setRemoteDescription with seeded mutations of real SDPs (lines dropped, duplicated, swapped,
 * edited): {@link SetRemoteDescriptionInvariants} hold for each.
 */
class SetRemoteDescriptionMutationTest {
    private static final List<String> SEEDS = List.of(
            JsepFixtures.corpus("chromium-offer-audio-video-data"),
            JsepFixtures.corpus("chromium-answer-audio-video-data"),
            JsepFixtures.corpus("chromium-offer-data"),
            JsepFixtures.corpus("werift-offer-data"),
            JsepFixtures.corpus("node-datachannel-offer-media"));
    private static final String[] REPLACEMENTS = {"0", "9", "-1", "", " ", "65536", "actpass", "active", "passive",
            "sendonly", "inactive", "BUNDLE", "a=bundle-only", "UDP/DTLS/SCTP", "RTP/AVP", "application", "video",
            "a=mid:0", "a=setup:holdconn", "a=rtcp-mux", "m=audio 0 UDP/TLS/RTP/SAVPF 0"};

    @Test
    void mutatedRealSdpsAreRefusedCleanlyOrNegotiated() {
        Random random = new Random(20261201L);
        for (int i = 0; i < 1000; i++) {
            SetRemoteDescriptionInvariants.check(mutate(SEEDS.get(random.nextInt(SEEDS.size())), random));
        }
    }

    @Test
    void theUnmutatedSeedsNegotiate() {
        SEEDS.forEach(SetRemoteDescriptionInvariants::check);
    }

    static String mutate(String sdp, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(sdp.split("\r\n")));
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(5)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(random.nextInt(lines.size() + 1), lines.get(at));
                case 2 -> {
                    int other = random.nextInt(lines.size());
                    String tmp = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, tmp);
                }
                case 3 -> lines.add(at, REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]);
                default -> {
                    String line = lines.get(at);
                    String[] words = line.split(" ", -1);
                    words[random.nextInt(words.length)] = REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
                    lines.set(at, String.join(" ", words));
                }
            }
        }
        return String.join("\r\n", lines) + "\r\n";
    }
}
