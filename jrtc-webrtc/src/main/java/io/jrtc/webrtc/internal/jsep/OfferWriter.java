package io.jrtc.webrtc.internal.jsep;

import io.jrtc.sdp.Group;
import io.jrtc.sdp.Msid;
import io.jrtc.sdp.MsidSemantic;
import io.jrtc.sdp.Origin;
import io.jrtc.sdp.SessionDescription;
import io.jrtc.sdp.SessionDescriptionWriter;
import io.jrtc.sdp.Setup;
import io.jrtc.webrtc.RTCBundlePolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes an offer from a plan (RFC 9429 section 5.2): every live section in one BUNDLE group,
 * {@code a=setup:actpass}, trickle ICE, and the transceivers' codecs (the negotiated ones, with
 * their payload types, once there are any: RFC 9429 section 5.2.2).
 */
final class OfferWriter {
    private OfferWriter() {}

    /**
     * @param initial true for the first offer of the session, the only one in which the balanced
     *     policy marks sections bundle-only (RFC 9429 section 5.2.1)
     */
    static SessionDescription write(Origin origin, List<MSection> plan, SectionWriter.Transport transport,
            RTCBundlePolicy policy, boolean initial, int sctpPort, long maxMessageSize, String cname) {
        List<String> bundle = new ArrayList<>();
        for (MSection s : plan) {
            if (!s.isRejected()) {
                bundle.add(s.mid());
            }
        }
        SessionDescriptionWriter sdp = SessionDescriptionWriter.start(origin);
        if (!bundle.isEmpty()) {
            sdp.attribute(Group.bundle(bundle));
        }
        sdp.attribute("extmap-allow-mixed");
        sdp.attribute(new MsidSemantic("WMS", List.of()));
        Set<String> kindsWithTransport = new HashSet<>();
        for (MSection s : plan) {
            if (s.isRejected()) {
                SectionWriter.rejected(sdp, s);
                continue;
            }
            // balanced: the first section of each media type has a transport, the others are
            // bundle-only (RFC 9429 section 4.1.1); max-bundle is written as browsers write it,
            // every section with the shared transport, which every stack understands.
            boolean bundleOnly = policy == RTCBundlePolicy.BALANCED && initial && !kindsWithTransport.add(s.media());
            SectionWriter.Transport t = bundleOnly ? null : transport;
            if (s.data()) {
                if (LegacyDataSection.is(s)) {
                    LegacyDataSection.write(sdp, s.mid(), t, sctpPort, maxMessageSize, java.util.OptionalInt.empty());
                } else {
                    SectionWriter.data(sdp, s.mid(), t, sctpPort, maxMessageSize);
                }
            } else {
                JsepTransceiver tr = s.transceiver();
                SectionWriter.rtp(sdp, s.media(), s.mid(), t,
                        tr.negotiatedExtensions().isEmpty() ? tr.headerExtensions() : tr.negotiatedExtensions(),
                        Directions.toSdp(tr.direction()),
                        Directions.sends(tr.direction()) ? Optional.of(sender(tr, cname)) : Optional.empty(),
                        tr.negotiatedCodecs().isEmpty() ? tr.codecPreferences() : tr.negotiatedCodecs(),
                        true);
            }
        }
        return sdp.build();
    }

    /** {@code a=msid:<stream> <track>}, {@code -} for a track without a stream (RFC 8830 section 2). */
    static Msid msid(JsepTransceiver t) {
        return new Msid(t.streamIds().isEmpty() ? "-" : t.streamIds().get(0), t.trackId());
    }

    static final Setup OFFER_SETUP = Setup.ACTPASS;

    static SectionWriter.Sender sender(JsepTransceiver t, String cname) {
        return new SectionWriter.Sender(msid(t), cname, t.ssrc(), t.rtxSsrc());
    }
}
