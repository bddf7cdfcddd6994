package io.jrtc.webrtc.internal.jsep;

import io.jrtc.sdp.Fingerprint;
import io.jrtc.webrtc.RTCBundlePolicy;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Sessions with fixed fingerprints and seeded randomness, and the browser SDPs of the corpus. */
final class JsepFixtures {
    private JsepFixtures() {}

    static JsepSession session(RTCBundlePolicy policy, long seed) {
        byte[] digest = new byte[32];
        new Random(seed).nextBytes(digest);
        return new JsepSession(new JsepConfig(policy, List.of(new Fingerprint("sha-256", digest)), 262_144,
                new Random(seed)));
    }

    static JsepSession session(long seed) {
        return session(RTCBundlePolicy.MAX_BUNDLE, seed);
    }

    /** An SDP captured from a browser (copied from jrtc-sdp's corpus). */
    static String corpus(String name) {
        try (InputStream in = JsepFixtures.class.getResourceAsStream(name + ".sdp")) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name + ".sdp");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RTCSessionDescription offer(String sdp) {
        return RTCSessionDescription.of(RTCSdpType.OFFER, sdp);
    }

    static RTCSessionDescription answer(String sdp) {
        return RTCSessionDescription.of(RTCSdpType.ANSWER, sdp);
    }

    /** Runs a complete offer/answer from {@code offerer} to {@code answerer}. */
    static void negotiate(JsepSession offerer, JsepSession answerer) {
        RTCSessionDescription o = offerer.setLocalDescription();
        answerer.setRemoteDescription(o);
        RTCSessionDescription a = answerer.setLocalDescription();
        offerer.setRemoteDescription(a);
    }
}
