package io.jrtc.webrtc.pc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCException;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import io.jrtc.webrtc.RTCSignalingState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * setRemoteDescription on a whole RTCPeerConnection with seeded mutations of real browser SDPs:
 * it rejects with an RTCException or applies, and either way the connection still negotiates
 * afterwards (rollback, then the real offer, then an answer).
 */
class SetRemoteDescriptionMutationLoopbackTest {
    private static final String[] REPLACEMENTS = {"0", "9", "-1", "", " ", "65536", "actpass", "active", "passive",
            "sendonly", "inactive", "BUNDLE", "a=bundle-only", "UDP/DTLS/SCTP", "application", "video",
            "a=mid:0", "a=setup:holdconn", "a=ice-ufrag:x", "a=fingerprint:sha-256 00"};

    @Test
    void mutatedOffersAreRefusedCleanlyOrAppliedAndTheConnectionStaysUsable() {
        List<String> seeds = List.of(corpus("chromium-offer-data"), corpus("chromium-offer-audio-video-data"),
                corpus("werift-offer-data"));
        Random random = new Random(20261201L);
        int applied = 0;
        int refused = 0;
        for (int i = 0; i < 120; i++) {
            String seed = seeds.get(random.nextInt(seeds.size()));
            String mutated = mutate(seed, random);
            try (RTCPeerConnection pc = new RTCPeerConnection(RTCConfiguration.defaults(), Peers.LOOPBACK)) {
                boolean ok = outcome(pc, RTCSessionDescription.of(RTCSdpType.OFFER, mutated), mutated);
                if (ok) {
                    applied++;
                    assertEquals(RTCSignalingState.HAVE_REMOTE_OFFER, pc.signalingState());
                    // Answering may refuse too, but only with an RTCException.
                    outcome(pc, null, mutated);
                    if (pc.signalingState() != RTCSignalingState.STABLE) {
                        pc.setRemoteDescription(RTCSessionDescription.of(RTCSdpType.ROLLBACK, "")).join();
                    }
                } else {
                    refused++;
                    assertEquals(RTCSignalingState.STABLE, pc.signalingState(), mutated);
                }
                if (pc.signalingState() == RTCSignalingState.STABLE && pc.currentRemoteDescription().isEmpty()) {
                    pc.setRemoteDescription(RTCSessionDescription.of(RTCSdpType.OFFER, seed)).join();
                    pc.setLocalDescription().join();
                    assertEquals(RTCSignalingState.STABLE, pc.signalingState());
                }
            }
        }
        assertFalse(applied == 0 || refused == 0, "the mutations should both apply and fail: " + applied + "/" + refused);
    }

    /** True if the operation applied; false if it failed with an RTCException of the spec's kind. */
    private static boolean outcome(RTCPeerConnection pc, RTCSessionDescription remote, String sdp) {
        try {
            if (remote != null) {
                pc.setRemoteDescription(remote).join();
            } else {
                pc.setLocalDescription().join();
            }
            return true;
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof RTCException r)) {
                throw new AssertionError("not an RTCException for\n" + sdp, e);
            }
            if (r.getCause() != null && !(r.getCause() instanceof RTCException)
                    && (r.getCause() instanceof NullPointerException || r.getCause() instanceof IndexOutOfBoundsException
                            || r.getCause() instanceof ClassCastException || r.getCause() instanceof IllegalStateException)) {
                throw new AssertionError("a bug surfaced as " + r.getCause() + " for\n" + sdp, r);
            }
            return false;
        }
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
                    String[] words = lines.get(at).split(" ", -1);
                    words[random.nextInt(words.length)] = REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
                    lines.set(at, String.join(" ", words));
                }
            }
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    static String corpus(String name) {
        try (InputStream in = SetRemoteDescriptionMutationLoopbackTest.class
                .getResourceAsStream("/io/jrtc/webrtc/internal/jsep/" + name + ".sdp")) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name + ".sdp");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
