package io.jrtc.bench.webrtc;

import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceCandidateParseException;
import io.jrtc.sdp.Fingerprint;
import io.jrtc.webrtc.RTCBundlePolicy;
import io.jrtc.webrtc.RTCIceCandidate;
import io.jrtc.webrtc.internal.jsep.JsepConfig;
import io.jrtc.webrtc.internal.jsep.JsepSession;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The CPU the signaling of one data-channel setup costs, sans IO: two JSEP sessions exchange an
 * offer and an answer (setLocalDescription, setRemoteDescription, as PeerConnectionSetupTime's
 * peers do) and trickle two candidates each, with the negotiatedTransport and negotiation-needed
 * reads the engine makes. No sockets, DTLS or threads, so the figure is steadier than a whole
 * setup's on a shared machine.
 *
 * <p>{@code -Dwarm=N} exchanges first (default 3000: the state of a setup benchmark after its
 * warm-up, where code run once per setup is still in the JIT's profiling tier; 20000 and more
 * measures fully compiled code). Prints the median, min and max CPU per exchange over the rounds.
 *
 * <pre>java -Dwarm=3000 -cp jrtc-bench/target/benchmarks.jar io.jrtc.bench.webrtc.JsepSignalingCost [rounds] [per round]</pre>
 */
public final class JsepSignalingCost {
    private static int sink;

    private JsepSignalingCost() {}

    public static void main(String[] args) throws IceCandidateParseException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long seed = 1;
        for (int i = 0, warm = Integer.getInteger("warm", 3000); i < warm; i++) {
            exchange(seed++);
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] micros = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                exchange(seed++);
            }
            micros[r] = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / perRound;
        }
        Arrays.sort(micros);
        System.out.printf("JSEP offer/answer + 2x2 trickled candidates, CPU per exchange (both sides), %d rounds of %d"
                + " after %d: median %.1f us, min %.1f us, max %.1f us (%d)%n", rounds, perRound,
                Integer.getInteger("warm", 3000), micros[rounds / 2], micros[0], micros[rounds - 1], sink & 1);
    }

    private static JsepSession session(long seed) {
        byte[] digest = new byte[32];
        new Random(seed).nextBytes(digest);
        return new JsepSession(new JsepConfig(RTCBundlePolicy.MAX_BUNDLE, List.of(new Fingerprint("sha-256", digest)),
                262_144, new Random(seed)));
    }

    private static IceCandidate host(JsepSession s, int n, String address) throws IceCandidateParseException {
        return IceCandidate.parse("candidate:" + n + " 1 udp " + (2130706431 - n) + " " + address + " " + (50000 + n)
                + " typ host generation 0 ufrag " + s.localIceCredentials().ufrag());
    }

    private static void exchange(long seed) throws IceCandidateParseException {
        JsepSession a = session(seed);
        JsepSession b = session(seed + 1);
        a.requestDataChannel();
        a.isNegotiationNeeded();
        a.setLocalDescription();
        a.negotiatedTransport();
        RTCIceCandidate a1 = a.addLocalCandidate(host(a, 1, "127.0.0.1")).orElseThrow();
        RTCIceCandidate a2 = a.addLocalCandidate(host(a, 2, "::1")).orElseThrow();
        b.setRemoteDescription(a.descriptions().localDescription().orElseThrow());
        b.negotiatedTransport();
        b.setLocalDescription();
        b.negotiatedTransport();
        RTCIceCandidate b1 = b.addLocalCandidate(host(b, 3, "127.0.0.1")).orElseThrow();
        b.addRemoteCandidate(a1);
        b.addRemoteCandidate(a2);
        a.setRemoteDescription(b.descriptions().localDescription().orElseThrow());
        a.negotiatedTransport();
        RTCIceCandidate b2 = b.addLocalCandidate(host(b, 4, "::1")).orElseThrow();
        a.addRemoteCandidate(b1);
        a.addRemoteCandidate(b2);
        a.addLocalCandidate(null);
        b.addLocalCandidate(null);
        a.isNegotiationNeeded();
        b.isNegotiationNeeded();
        sink += a.descriptions().localDescription().orElseThrow().sdp().length()
                + b.descriptions().remoteDescription().orElseThrow().sdp().length();
    }
}
