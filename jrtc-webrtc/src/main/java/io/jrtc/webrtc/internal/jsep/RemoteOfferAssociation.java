package io.jrtc.webrtc.internal.jsep;

import io.jrtc.sdp.MediaDescription;
import io.jrtc.sdp.SessionDescription;
import io.jrtc.webrtc.RTCRtpTransceiverDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Associates the m= sections of a remote offer with transceivers (WebRTC 1.0 section 4.4.1.5, the
 * remote-offer steps; RFC 9429 section 5.10): by mid first, then a free transceiver of the same kind
 * that addTrack made, else a new recvonly transceiver. Sections of an unknown type or protocol get
 * no transceiver and are rejected in the answer.
 */
final class RemoteOfferAssociation {
    private RemoteOfferAssociation() {}

    /** The plan, and the transceivers created and the mids assigned on the way (to roll them back). */
    record Result(List<MSection> plan, List<JsepTransceiver> created, List<JsepTransceiver> midAssigned) {}

    static Result associate(SessionDescription offer, List<JsepTransceiver> transceivers,
            Function<MediaKind, JsepTransceiver> create) {
        List<MSection> plan = new ArrayList<>();
        List<JsepTransceiver> created = new ArrayList<>();
        List<JsepTransceiver> assigned = new ArrayList<>();
        for (MediaDescription m : offer.media()) {
            String mid = m.mid().orElse(null);
            if (isData(m)) {
                plan.add(new MSection(mid, m.type(), m.protocol(), m.formats(), null, true));
                continue;
            }
            MediaKind kind = MediaKind.fromSdp(m.type());
            if (kind == null || !m.protocol().contains("RTP/SAVP") || m.isRejected()) {
                JsepTransceiver byMid = mid == null ? null : byMid(transceivers, mid);
                if (byMid != null && m.isRejected()) {
                    // The remote side stopped it: keep it in the plan so the answer stops it too.
                    plan.add(new MSection(mid, m.type(), m.protocol(), m.formats(), byMid, false));
                    byMid.stop();
                } else {
                    plan.add(new MSection(mid, m.type(), m.protocol(), m.formats(), null, false));
                }
                continue;
            }
            JsepTransceiver t = byMid(transceivers, mid);
            if (t == null) {
                t = transceivers.stream()
                        .filter(x -> x.kind() == kind && x.mid().isEmpty() && !x.isStopping() && x.fromAddTrack()
                                && plan.stream().noneMatch(s -> s.transceiver() == x))
                        .findFirst().orElse(null);
                if (t == null) {
                    t = create.apply(kind);
                    created.add(t);
                }
                t.setMid(mid);
                assigned.add(t);
            }
            plan.add(new MSection(mid, m.type(), m.protocol(), m.formats(), t, false));
        }
        return new Result(List.copyOf(plan), created, assigned);
    }

    /** A data channel section (RFC 8841 section 4), or one in the legacy format ({@link LegacyDataSection}). */
    private static boolean endsWithIgnoreCase(String s, String suffix) {
        return s.length() >= suffix.length()
                && s.regionMatches(true, s.length() - suffix.length(), suffix, 0, suffix.length());
    }

    static boolean isData(MediaDescription m) {
        String protocol = m.protocol();
        return m.type().equals("application") && endsWithIgnoreCase(protocol, "DTLS/SCTP")
                && (m.formats().contains(MSection.SCTP_FORMAT) || LegacyDataSection.is(m)) && !m.isRejected();
    }

    private static JsepTransceiver byMid(List<JsepTransceiver> transceivers, String mid) {
        return transceivers.stream().filter(t -> t.mid().filter(mid::equals).isPresent()).findFirst().orElse(null);
    }

    /** The direction W3C gives a transceiver a remote offer creates. */
    static final RTCRtpTransceiverDirection CREATED_DIRECTION = RTCRtpTransceiverDirection.RECVONLY;
}
