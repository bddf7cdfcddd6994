package io.jrtc.webrtc;

import io.jrtc.ice.IcePairStats;
import io.jrtc.ice.session.IceSessionStats;
import io.jrtc.sdp.Codec;
import io.jrtc.webrtc.internal.engine.EngineStats;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link RTCStatsReport} (W3C WebRTC Statistics, section 8) from what the connection
 * knows, on its serial context. Only members with values are written; ids are stable between
 * calls so a caller can diff two reports.
 */
final class StatsCollector {
    private final double timestamp;
    private final List<RTCStats> out = new ArrayList<>();

    private StatsCollector(double timestamp) {
        this.timestamp = timestamp;
    }

    /** The inputs of one report. */
    record Inputs(PeerStates states, PeerTransports transports, RTCCertificate certificate, DataChannelSet channels,
            MediaSet media, List<RTCIceCandidate> localCandidates, List<RTCIceCandidate> remoteCandidates,
            EngineStats engine, IceSessionStats session, IcePairs icePairs) {}

    /**
     * The ICE agent's candidate pairs, taken with the engine's time so that their nanosecond
     * times become report timestamps.
     */
    record IcePairs(List<IcePairStats> pairs, long nowNanos) {}

    static RTCStatsReport collect(double timestampMillis, Inputs in) {
        StatsCollector c = new StatsCollector(timestampMillis);
        c.peerConnection(in);
        c.certificate(in.certificate());
        c.transport(in);
        in.localCandidates().forEach(x -> c.candidate("local-candidate", "L", x));
        in.remoteCandidates().forEach(x -> c.candidate("remote-candidate", "R", x));
        in.channels().all().forEach(c::dataChannel);
        in.media().transceivers().forEach(c::rtp);
        return new RTCStatsReport(c.out);
    }

    private void add(String id, String type, Map<String, Object> members) {
        out.add(new RTCStats(id, type, timestamp, members));
    }

    private void peerConnection(Inputs in) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dataChannelsOpened", in.channels().opened);
        m.put("dataChannelsClosed", in.channels().closed);
        add("P", "peer-connection", m);
    }

    private void certificate(RTCCertificate cert) {
        var f = cert.getFingerprints().get(0);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fingerprint", f.value());
        m.put("fingerprintAlgorithm", f.algorithm());
        m.put("base64Certificate", Base64.getEncoder().encodeToString(cert.dtlsCertificate().derEncoded()));
        add("CF" + f.value().replace(":", ""), "certificate", m);
    }

    private void transport(Inputs in) {
        Map<String, Object> m = new LinkedHashMap<>();
        EngineStats e = in.engine();
        if (e != null) {
            m.put("packetsSent", e.ice().dataSent());
            m.put("packetsReceived", e.ice().dataReceived());
            m.put("packetsDiscarded", e.droppedUnclassified() + e.droppedSrtp() + e.ice().droppedMalformed()
                    + e.ice().droppedBadIntegrity() + e.ice().droppedUnknown() + in.media().rtcpDropped.get());
            if (e.sctp() != null) {
                // jrtc's own members (not W3C): the SCTP packet size Path MTU discovery settled on
                // (RFC 8899), and the probes it has sent
                m.put("sctpPathMtu", e.sctp().pathMtu());
                m.put("sctpPathMtuProbes", e.sctp().pmtuProbes());
            }
        }
        IceSessionStats session = in.session();
        if (session != null) {
            // jrtc's own members (not W3C): the peer's .local candidates resolved, and those dropped.
            m.put("mdnsResolved", session.mdnsResolved());
            m.put("mdnsUnresolved", session.mdnsUnresolved());
        }
        m.put("iceRole", in.transports().ice().role().toString());
        m.put("iceState", in.transports().ice().state().toString());
        m.put("dtlsState", in.transports().dtls().state().toString());
        m.put("localCertificateId", "CF" + in.certificate().getFingerprints().get(0).value().replace(":", ""));
        RTCIceCandidatePair selected = in.transports().ice().getSelectedCandidatePair().orElse(null);
        IcePairs icePairs = in.icePairs();
        if (selected != null) {
            String local = candidateId("L", selected.local());
            String remote = candidateId("R", selected.remote());
            m.put("selectedCandidatePairId", "CP" + local + "_" + remote);
            IcePairStats measured = icePairs == null ? null
                    : icePairs.pairs().stream().filter(IcePairStats::selected).findFirst().orElse(null);
            candidatePair(local, remote, measured, icePairs);
            candidate("local-candidate", "L", selected.local());
            candidate("remote-candidate", "R", selected.remote());
        }
        if (icePairs != null) {
            for (IcePairStats p : icePairs.pairs()) {
                if (p.selected() && selected != null) {
                    continue;
                }
                RTCIceCandidate local = shown(p.local());
                RTCIceCandidate remote = shown(p.remote());
                candidatePair(candidateId("L", local), candidateId("R", remote), p, icePairs);
                candidate("local-candidate", "L", local);
                candidate("remote-candidate", "R", remote);
            }
        }
        out.add(1, new RTCStats("T01", "transport", timestamp, m));
    }

    /**
     * One RTCIceCandidatePairStats (W3C webrtc-stats §7.17): times in seconds, timestamps in the
     * report's milliseconds. Without the agent's measurements (no engine) only what the selected
     * pair implies is written.
     */
    private void candidatePair(String local, String remote, IcePairStats p, IcePairs at) {
        String id = "CP" + local + "_" + remote;
        if (out.stream().anyMatch(s -> s.id().equals(id))) {
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("transportId", "T01");
        m.put("localCandidateId", local);
        m.put("remoteCandidateId", remote);
        if (p == null) {
            m.put("state", "succeeded");
            m.put("nominated", true);
            add(id, "candidate-pair", m);
            return;
        }
        m.put("state", p.state().toString());
        m.put("nominated", p.nominated());
        m.put("packetsSent", p.packetsSent());
        m.put("packetsReceived", p.packetsReceived());
        m.put("bytesSent", p.bytesSent());
        m.put("bytesReceived", p.bytesReceived());
        if (p.lastPacketSentNanos() != IcePairStats.NEVER) {
            m.put("lastPacketSentTimestamp", timestampOf(p.lastPacketSentNanos(), at.nowNanos()));
        }
        if (p.lastPacketReceivedNanos() != IcePairStats.NEVER) {
            m.put("lastPacketReceivedTimestamp", timestampOf(p.lastPacketReceivedNanos(), at.nowNanos()));
        }
        m.put("totalRoundTripTime", p.totalRoundTripTimeSeconds());
        if (p.roundTripTimeMeasurements() > 0) {
            m.put("currentRoundTripTime", p.currentRoundTripTimeSeconds());
        }
        m.put("requestsReceived", p.requestsReceived());
        m.put("requestsSent", p.requestsSent());
        m.put("responsesReceived", p.responsesReceived());
        m.put("responsesSent", p.responsesSent());
        m.put("consentRequestsSent", p.consentRequestsSent());
        // jrtc's own member (not W3C): responses to retransmitted requests are not timed (Karn's
        // algorithm), so totalRoundTripTime / roundTripTimeMeasurements is the exact average.
        m.put("roundTripTimeMeasurements", p.roundTripTimeMeasurements());
        add(id, "candidate-pair", m);
    }

    /** A time of the engine's clock as a report timestamp (milliseconds, the report's clock). */
    private double timestampOf(long nanos, long nowNanos) {
        return timestamp - (nowNanos - nanos) / 1e6;
    }

    /** An agent's candidate as the W3C API shows it, as the selected pair's candidates are. */
    private static RTCIceCandidate shown(io.jrtc.ice.IceCandidate c) {
        return RTCIceCandidate.builder().candidate(c.toString()).sdpMLineIndex(0).build();
    }

    private static String candidateId(String prefix, RTCIceCandidate c) {
        return "I" + prefix + c.foundation().orElse("") + "-" + c.address().orElse("") + "-" + c.port().orElse(0);
    }

    private void candidate(String type, String prefix, RTCIceCandidate c) {
        if (c.isEndOfCandidates() || c.foundation().isEmpty()) {
            return;
        }
        String id = candidateId(prefix, c);
        if (out.stream().anyMatch(s -> s.id().equals(id))) {
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("transportId", "T01");
        c.address().ifPresent(a -> m.put("address", a));
        c.port().ifPresent(p -> m.put("port", p));
        c.protocol().ifPresent(p -> m.put("protocol", p.toString()));
        c.type().ifPresent(t -> m.put("candidateType", t.toString()));
        c.priority().ifPresent(p -> m.put("priority", p));
        c.foundation().ifPresent(f -> m.put("foundation", f));
        c.usernameFragment().ifPresent(u -> m.put("usernameFragment", u));
        add(id, type, m);
    }

    private void dataChannel(RTCDataChannel ch) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", ch.label());
        m.put("protocol", ch.protocol());
        ch.id().ifPresent(id -> m.put("dataChannelIdentifier", id));
        m.put("state", ch.readyState().toString());
        m.put("messagesSent", ch.messagesSent.get());
        m.put("bytesSent", ch.bytesSent.get());
        m.put("messagesReceived", ch.messagesReceived.get());
        m.put("bytesReceived", ch.bytesReceived.get());
        add("D" + System.identityHashCode(ch), "data-channel", m);
    }

    private void rtp(RTCRtpTransceiver t) {
        var j = t.jsep();
        String mid = j.mid().orElse(null);
        for (Codec codec : j.negotiatedCodecs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("transportId", "T01");
            m.put("payloadType", codec.payloadType());
            codec.rtpMap().ifPresent(r -> {
                m.put("mimeType", t.kind() + "/" + r.encodingName());
                m.put("clockRate", r.clockRate());
                r.channels().ifPresent(ch -> m.put("channels", ch));
            });
            codec.fmtp().ifPresent(f -> m.put("sdpFmtpLine", f.parameters()));
            add("CIT01_" + codec.payloadType() + "_" + mid, "codec", m);
        }
        if (t.packetsSent.get() > 0 || t.sender().track().isPresent()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ssrc", j.ssrc());
            m.put("kind", t.kind());
            m.put("transportId", "T01");
            if (mid != null) {
                m.put("mid", mid);
            }
            m.put("packetsSent", t.packetsSent.get());
            m.put("bytesSent", t.bytesSent.get());
            m.put("pliCount", t.plisReceived.get());
            m.put("firCount", t.firsReceived.get());
            RTCRtpTransceiver.RemoteInbound ri = t.remoteInbound;
            if (ri != null) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("ssrc", ri.ssrc());
                r.put("kind", t.kind());
                r.put("transportId", "T01");
                r.put("localId", "OT01" + t.kind().charAt(0) + j.ssrc());
                r.put("packetsLost", ri.packetsLost());
                r.put("fractionLost", ri.fractionLost());
                int rate = t.sendClockRate;
                if (rate > 0) {
                    r.put("jitter", (double) ri.jitterUnits() / rate);
                }
                if (!Double.isNaN(ri.roundTripTime())) {
                    r.put("roundTripTime", ri.roundTripTime());
                }
                r.put("totalRoundTripTime", ri.totalRoundTripTime());
                r.put("roundTripTimeMeasurements", ri.roundTripTimeMeasurements());
                r.put("reportsReceived", ri.reportsReceived());
                add("RI01" + t.kind().charAt(0) + j.ssrc(), "remote-inbound-rtp", r);
                m.put("remoteId", "RI01" + t.kind().charAt(0) + j.ssrc());
            }
            add("OT01" + t.kind().charAt(0) + j.ssrc(), "outbound-rtp", m);
        }
        if (t.remoteSsrc != 0) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ssrc", t.remoteSsrc);
            m.put("kind", t.kind());
            m.put("transportId", "T01");
            if (mid != null) {
                m.put("mid", mid);
            }
            m.put("trackIdentifier", t.receiver().track().id());
            m.put("packetsReceived", t.packetsReceived.get());
            ReceptionStats reception = t.reception;
            if (reception != null && reception.ssrc == t.remoteSsrc && reception.started()) {
                // RFC 3550 section 6.4.1 cumulative loss, as the RRs jrtc sends report it.
                m.put("packetsLost", reception.cumulativeLost());
            }
            m.put("bytesReceived", t.bytesReceived.get());
            m.put("pliCount", t.plisSent.get());
            add("IT01" + t.kind().charAt(0) + t.remoteSsrc, "inbound-rtp", m);
        }
    }
}
