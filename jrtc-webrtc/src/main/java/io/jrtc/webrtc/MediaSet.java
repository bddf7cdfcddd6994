package io.jrtc.webrtc;

import io.jrtc.sdp.ExtMap;
import io.jrtc.webrtc.internal.jsep.JsepSession;
import io.jrtc.webrtc.internal.jsep.JsepTransceiver;
import io.jrtc.webrtc.internal.jsep.MediaKind;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transceivers of one connection and their raw RTP: outgoing packets get the sender's SSRC and
 * MID and go to the engine; incoming ones are demultiplexed to a receiver by SSRC, then by the MID
 * header extension (RFC 9143 section 15), then by a payload type only one receiving transceiver
 * uses (RFC 8843 section 9.2). The list is readable from any thread; the rest runs on the serial
 * context.
 */
final class MediaSet {
    private static final Logger LOG = LoggerFactory.getLogger(MediaSet.class);
    static final String MID_URI = "urn:ietf:params:rtp-hdrext:sdes:mid";
    /** How often each transceiver sends an SR or RR (RFC 3550 §6.2 suggests 5 s minimum; browsers use ~1 s). */
    static final long REPORT_INTERVAL_NANOS = 1_000_000_000L;

    private final JsepSession jsep;
    private final PeerContext context;
    private final Runnable changed;
    private final List<RTCRtpTransceiver> list = new CopyOnWriteArrayList<>();
    private final Map<JsepTransceiver, RTCRtpTransceiver> byJsep = new IdentityHashMap<>();
    private final Map<Long, RTCRtpTransceiver> bySsrc = new HashMap<>();
    final AtomicLong rtpSent = new AtomicLong();
    final AtomicLong rtpReceived = new AtomicLong();
    final AtomicLong rtpDropped = new AtomicLong();
    final AtomicLong rtcpDropped = new AtomicLong();
    private final io.jrtc.rtcp.RtcpCompoundReader rtcpReader = new io.jrtc.rtcp.RtcpCompoundReader();

    MediaSet(JsepSession jsep, PeerContext context, Runnable changed) {
        this.jsep = jsep;
        this.context = context;
        this.changed = changed;
    }

    List<RTCRtpTransceiver> transceivers() {
        return List.copyOf(list);
    }

    /** W3C addTransceiver / addTrack (serial context). */
    RTCRtpTransceiver add(String kind, MediaStreamTrack track, RTCRtpTransceiverInit init, boolean fromAddTrack) {
        JsepTransceiver t = jsep.addTransceiver(MediaKind.fromSdp(kind), init.direction(), init.streams(), fromAddTrack);
        RTCRtpTransceiver r = wrap(t, track);
        changed.run();
        return r;
    }

    /** W3C addTrack's reuse: a transceiver of the kind whose sender never had a track. */
    RTCRtpTransceiver reusable(String kind) {
        for (RTCRtpTransceiver t : list) {
            if (t.kind().equals(kind) && !t.usedToSend && t.sender().track().isEmpty() && !t.isStopping()) {
                return t;
            }
        }
        return null;
    }

    private RTCRtpTransceiver wrap(JsepTransceiver t, MediaStreamTrack track) {
        RTCRtpSender sender = new RTCRtpSender(context, this, track);
        RTCRtpReceiver receiver = new RTCRtpReceiver(context, this, MediaStreamTrack.remote(t.kind().toString(), t.trackId()));
        RTCRtpTransceiver r = new RTCRtpTransceiver(t, sender, receiver, context, changed);
        r.usedToSend = track != null;
        byJsep.put(t, r);
        list.add(r);
        return r;
    }

    /** After any JSEP change: new transceivers (from a remote offer) are wrapped, stopped ones leave, all sync. */
    void sync() {
        List<JsepTransceiver> now = jsep.transceivers();
        for (JsepTransceiver t : now) {
            if (!byJsep.containsKey(t)) {
                wrap(t, null);
            }
        }
        for (RTCRtpTransceiver r : list) {
            if (!now.contains(r.jsep())) {
                list.remove(r);
                byJsep.remove(r.jsep());
                bySsrc.values().removeIf(x -> x == r);
                r.sync();
                r.receiver().track().end();
                r.sender().setTrack(null);
            } else {
                r.sync();
            }
        }
    }

    /** The track events of a remote description (W3C "process the addition of a remote track"). */
    void started(List<JsepTransceiver> receiving, Consumer<RTCTrackEvent> fire) {
        for (JsepTransceiver t : receiving) {
            RTCRtpTransceiver r = byJsep.get(t);
            if (r != null) {
                fire.accept(new RTCTrackEvent(r.receiver(), r.receiver().track(), t.remoteStreamIds(), r));
            }
        }
    }

    /** An application packet for a transceiver (serial context, inside engine work). */
    void send(RTCRtpTransceiver t, byte[] packet) {
        var engine = context.engine();
        JsepTransceiver j = t.jsep();
        boolean sends = j.currentDirection().map(d -> d == RTCRtpTransceiverDirection.SENDRECV
                || d == RTCRtpTransceiverDirection.SENDONLY).orElse(false);
        if (engine == null || !sends || j.isStopping() || !engine.mediaReady()) {
            rtpDropped.incrementAndGet();
            return;
        }
        byte[] out = RtpRewriter.rewrite(packet, j.ssrc(), extensionId(j), j.mid().orElse(null));
        if (out == null) {
            rtpDropped.incrementAndGet();
            LOG.debug("the application wrote something that is not RTP on {}", t);
            return;
        }
        try {
            if (engine.sendRtp(context.now(), out)) {
                rtpSent.incrementAndGet();
                t.packetsSent.incrementAndGet();
                t.bytesSent.addAndGet(RtpRewriter.payloadLength(out));
                t.lastRtpTimestamp = RtcpReports.u32(out, 4);
                t.octetsSent += RtpRewriter.payloadLength(out);
                t.sendClockRate = clockRate(t, RtpRewriter.payloadType(out));
                reportIfDue(t, context.now());
            } else {
                rtpDropped.incrementAndGet();
            }
        } catch (IllegalArgumentException e) {
            rtpDropped.incrementAndGet();
            LOG.debug("RTP packet not sent: {}", e.getMessage());
        }
    }

    private static int extensionId(JsepTransceiver t) {
        for (ExtMap e : t.negotiatedExtensions()) {
            if (e.uri().equals(MID_URI)) {
                return e.id();
            }
        }
        return 0;
    }

    /**
     * An unprotected RTP packet from the peer (serial context), with the engine time it arrived
     * at: jitter and report timing run on the engine's clock (virtual in simulations).
     */
    void receive(long ssrc, byte[] packet, long arrivalNanos) {
        RTCRtpTransceiver r = route(ssrc, packet);
        if (r == null) {
            rtpDropped.incrementAndGet();
            LOG.trace("RTP for no transceiver (ssrc {})", ssrc);
            return;
        }
        rtpReceived.incrementAndGet();
        r.packetsReceived.incrementAndGet();
        r.bytesReceived.addAndGet(RtpRewriter.payloadLength(packet));
        r.remoteSsrc = ssrc;
        long now = arrivalNanos;
        if (r.reception == null || r.reception.ssrc != ssrc) {
            r.reception = new ReceptionStats(ssrc);
        }
        if (packet.length >= 12) {
            r.reception.packet((packet[2] & 0xFF) << 8 | (packet[3] & 0xFF), RtcpReports.u32(packet, 4),
                    clockRate(r, RtpRewriter.payloadType(packet)), now);
        }
        if (!r.reportPending && reportDue(r, now)) {
            // Deferred: RTP arrives from an engine event, where the engine is not ours to drive.
            r.reportPending = true;
            context.execute(() -> context.engineWork(() -> {
                r.reportPending = false;
                reportIfDue(r, context.now());
            }));
        }
        r.receiver().track().deliver(packet);
    }

    private RTCRtpTransceiver route(long ssrc, byte[] packet) {
        RTCRtpTransceiver r = bySsrc.get(ssrc);
        if (r != null) {
            return r;
        }
        for (RTCRtpTransceiver t : list) {
            if (t.jsep().remoteSsrcs().contains(ssrc)) {
                return learn(ssrc, t);
            }
        }
        for (RTCRtpTransceiver t : list) {
            String mid = RtpRewriter.mid(packet, extensionId(t.jsep()));
            if (mid != null) {
                for (RTCRtpTransceiver m : list) {
                    if (m.jsep().mid().map(mid::equals).orElse(false)) {
                        return learn(ssrc, m);
                    }
                }
                return null;
            }
        }
        int pt = RtpRewriter.payloadType(packet);
        RTCRtpTransceiver only = null;
        for (RTCRtpTransceiver t : list) {
            if (t.jsep().negotiatedCodecs().stream().anyMatch(c -> c.payloadType() == pt)) {
                if (only != null) {
                    return null; // ambiguous: RFC 8843 section 9.2 needs the MID or SSRC then
                }
                only = t;
            }
        }
        return only == null ? null : learn(ssrc, only);
    }

    private RTCRtpTransceiver learn(long ssrc, RTCRtpTransceiver t) {
        bySsrc.put(ssrc, t);
        return t;
    }

    /**
     * An unprotected RTCP compound packet from the peer (serial context): each PLI or FIR naming
     * one of our sending SSRCs fires that sender's key-frame request. Malformed packets are
     * dropped and counted, never thrown.
     */
    void receiveRtcp(byte[] rtcp, long arrivalNanos) {
        boolean ok = KeyFrameFeedback.scan(rtcpReader, rtcp, (ssrc, fir) -> {
            for (RTCRtpTransceiver t : list) {
                if (t.jsep().ssrc() == ssrc) {
                    (fir ? t.firsReceived : t.plisReceived).incrementAndGet();
                    t.sender().keyFrameRequested();
                    return;
                }
            }
            LOG.trace("key-frame request for no sender (ssrc {})", ssrc);
        });
        ok &= receiveReports(rtcp, arrivalNanos);
        if (!ok) {
            rtcpDropped.incrementAndGet();
            LOG.debug("dropped a malformed RTCP compound packet of {} bytes", rtcp.length);
        }
    }

    /**
     * Sends a PLI for what the transceiver receives (serial context, inside engine work).
     *
     * @return false if nothing was received yet, the transport is not keyed or the send failed
     */
    boolean requestKeyFrame(RTCRtpTransceiver t) {
        var engine = context.engine();
        long media = t.remoteSsrc;
        if (media == 0 && !t.jsep().remoteSsrcs().isEmpty()) {
            media = t.jsep().remoteSsrcs().get(0);
        }
        if (engine == null || media == 0 || !engine.mediaReady()) {
            return false;
        }
        try {
            if (engine.sendRtcp(context.now(), KeyFrameFeedback.pli(t.jsep().ssrc(), media))) {
                t.plisSent.incrementAndGet();
                return true;
            }
        } catch (IllegalArgumentException e) {
            LOG.debug("PLI not sent: {}", e.getMessage());
        }
        return false;
    }

    /** The transceiver a receiver belongs to, or null. */
    RTCRtpTransceiver ofReceiver(RTCRtpReceiver receiver) {
        for (RTCRtpTransceiver t : list) {
            if (t.receiver() == receiver) {
                return t;
            }
        }
        return null;
    }

    private static int clockRate(RTCRtpTransceiver t, int pt) {
        for (io.jrtc.sdp.Codec c : t.jsep().negotiatedCodecs()) {
            if (c.payloadType() == pt) {
                return c.rtpMap().map(io.jrtc.sdp.RtpMap::clockRate).orElse(0);
            }
        }
        return 0;
    }

    /**
     * Sends this transceiver's SR (if it sent RTP) or RR (RFC 3550 §6.4) at most once per
     * {@link #REPORT_INTERVAL_NANOS}, with a report block on what it receives. Serial context,
     * inside engine work. A fixed interval, not §6.2's randomized one: one report per second per
     * stream stays far below the 5% RTCP bandwidth share for any video or audio rate.
     */
    private void reportIfDue(RTCRtpTransceiver t, long now) {
        var engine = context.engine();
        if (engine == null || !engine.mediaReady()
                || !reportDue(t, now)) {
            return;
        }
        boolean sender = t.packetsSent.get() > 0;
        if (!sender && (t.reception == null || !t.reception.started())) {
            return;
        }
        t.lastReportNanos = now;
        t.reported = true;
        byte[] report = RtcpReports.report(t.jsep().ssrc(), sender, t.lastRtpTimestamp, t.packetsSent.get(),
                t.octetsSent, t.reception, now);
        try {
            engine.sendRtcp(context.now(), report);
        } catch (IllegalArgumentException e) {
            LOG.debug("RTCP report not sent: {}", e.getMessage());
        }
    }

    private static boolean reportDue(RTCRtpTransceiver t, long now) {
        return !t.reported || now - t.lastReportNanos >= REPORT_INTERVAL_NANOS;
    }

    /** SRs and report blocks of a received compound packet (RFC 3550 §6.4); false if malformed. */
    private boolean receiveReports(byte[] rtcp, long now) {
        return RtcpReports.scan(rtcpReader, rtcp, new RtcpReports.Listener() {
            @Override
            public void senderReport(long ssrc, long ntpMiddle32) {
                RTCRtpTransceiver r = bySsrc.get(ssrc);
                if (r != null && r.reception != null && r.reception.ssrc == ssrc) {
                    r.reception.senderReport(ntpMiddle32, now);
                }
            }

            @Override
            public void block(long ssrc, int fractionLost, int cumulativeLost, long highestSeq, long jitter, long lsr,
                    long dlsr) {
                for (RTCRtpTransceiver t : list) {
                    if (t.jsep().ssrc() == ssrc) {
                        RTCRtpTransceiver.RemoteInbound before = t.remoteInbound;
                        long reports = before == null ? 1 : before.reportsReceived() + 1;
                        long measured = before == null ? 0 : before.roundTripTimeMeasurements();
                        double total = before == null ? 0 : before.totalRoundTripTime();
                        double rtt = Double.NaN;
                        if (lsr != 0) {
                            // §6.4.1: A - LSR - DLSR in 1/65536 s, all in our own clock's NTP middle bits.
                            long a = RtcpReports.middle32(RtcpReports.ntp(now));
                            long units = (a - lsr - dlsr) & 0xFFFF_FFFFL;
                            if (units < 0x8000_0000L) {
                                rtt = units / 65536.0;
                                measured++;
                                total += rtt;
                            }
                        }
                        t.remoteInbound = new RTCRtpTransceiver.RemoteInbound(ssrc, fractionLost / 256.0, cumulativeLost,
                                jitter, Double.isNaN(rtt) && before != null ? before.roundTripTime() : rtt, reports,
                                measured, total);
                        return;
                    }
                }
            }
        });
    }

    /** The connection closed: every remote track ends, senders stop. */
    void close() {
        for (RTCRtpTransceiver t : list) {
            t.receiver().track().end();
            t.sender().setTrack(null);
        }
    }
}
