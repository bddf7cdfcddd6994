package io.jrtc.interop;

import io.jrtc.webrtc.MediaStreamTrack;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCRtpTransceiver;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntPredicate;

/**
 * jrtc's side of the media cells, as an application on the plain API would write it: the RTP one
 * transceiver receives is counted per payload type and written to a local track sent on another
 * (or the same) transceiver; a key-frame request (PLI/FIR) from the peer on what is sent goes back
 * to the source as {@link io.jrtc.webrtc.RTCRtpReceiver#requestKeyFrame()}, since only the source's
 * encoder can make a key frame. {@link #drop} loses packets on purpose so the peer's decoder must
 * ask for one.
 */
final class RtpEcho {
    private final RTCRtpTransceiver from;
    private final MediaStreamTrack out;
    private final IntPredicate forwards;
    private final Map<Integer, LongAdder> received = new ConcurrentHashMap<>();
    private final AtomicInteger toDrop = new AtomicInteger();
    final AtomicLong forwarded = new AtomicLong();
    final AtomicLong dropped = new AtomicLong();
    /** PLIs and FIRs the peer sent on what this echo sends. */
    final AtomicLong keyFrameRequests = new AtomicLong();
    /** Of those, how many jrtc passed on to the source as a PLI it did send. */
    final AtomicLong keyFrameRequestsForwarded = new AtomicLong();

    private RtpEcho(RTCRtpTransceiver from, RTCRtpTransceiver to, IntPredicate forwards) {
        this.from = from;
        this.forwards = forwards;
        this.out = MediaStreamTrack.local(to.kind());
        to.sender().replaceTrack(out).join();
        to.sender().onKeyFrameRequest(() -> {
            keyFrameRequests.incrementAndGet();
            from.receiver().requestKeyFrame().thenAccept(sent -> {
                if (sent) {
                    keyFrameRequestsForwarded.incrementAndGet();
                }
            });
        });
        from.receiver().track().onRtp(this::onRtp);
    }

    /**
     * Echoes what {@code from} receives on {@code to}. Only the payload types {@code forwards}
     * accepts go back: retransmissions (RTX) and the sender's padding probes have their own SSRC
     * and sequence space, which one forwarded SSRC cannot carry.
     */
    static RtpEcho between(RTCRtpTransceiver from, RTCRtpTransceiver to, IntPredicate forwards) {
        return new RtpEcho(from, to, forwards);
    }

    /**
     * Echoes on the same transceiver only the payload type of {@code codec} as the current remote
     * description negotiated it for the transceiver's mid (looked up at the first packet).
     */
    static RtpEcho sameTransceiver(RTCPeerConnection pc, RTCRtpTransceiver t, String codec) {
        AtomicInteger pt = new AtomicInteger(-1);
        return between(t, t, p -> {
            if (pt.get() < 0) {
                String sdp = pc.remoteDescription().orElseThrow().sdp();
                pt.set(NegotiatedCodecs.payloadType(sdp, t.mid().orElseThrow(), codec));
            }
            return p == pt.get();
        });
    }

    private void onRtp(byte[] packet) {
        int pt = packet[1] & 0x7F;
        received.computeIfAbsent(pt, k -> new LongAdder()).increment();
        if (!forwards.test(pt)) {
            return;
        }
        if (toDrop.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            dropped.incrementAndGet();
            return;
        }
        if (out.writeRtp(packet)) {
            forwarded.incrementAndGet();
        }
    }

    /** Loses the next {@code packets} packets that would be echoed (a gap the peer cannot repair). */
    void drop(int packets) {
        toDrop.addAndGet(packets);
    }

    /** Packets received so far, by payload type. */
    Map<Integer, Long> receivedByPayloadType() {
        Map<Integer, Long> m = new TreeMap<>();
        received.forEach((pt, n) -> m.put(pt, n.sum()));
        return m;
    }

    /** Packets received so far on this payload type. */
    long received(int pt) {
        LongAdder n = received.get(pt);
        return n == null ? 0 : n.sum();
    }

    /** The receiving transceiver. */
    RTCRtpTransceiver source() {
        return from;
    }

    @Override
    public String toString() {
        return "RtpEcho[" + from.kind() + " received " + receivedByPayloadType() + ", forwarded " + forwarded
                + ", dropped " + dropped + ", key-frame requests " + keyFrameRequests + " (forwarded "
                + keyFrameRequestsForwarded + ")]";
    }
}
