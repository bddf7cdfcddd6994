package io.jrtc.webrtc.internal.jsep;

import io.jrtc.sdp.MediaDescription;
import io.jrtc.sdp.Msid;
import io.jrtc.sdp.MsidSemantic;
import io.jrtc.sdp.Origin;
import io.jrtc.sdp.SessionDescription;
import io.jrtc.sdp.SessionDescriptionBuilder;
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
        SessionDescriptionBuilder sdp = SessionDescription.builder(origin);
        List<String> bundle = new ArrayList<>();
        Set<String> kindsWithTransport = new HashSet<>();
        List<MediaDescription> sections = new ArrayList<>();
        for (MSection s : plan) {
            if (s.isRejected()) {
                sections.add(SectionWriter.rejected(s));
                continue;
            }
            bundle.add(s.mid());
            // balanced: the first section of each media type has a transport, the others are
            // bundle-only (RFC 9429 section 4.1.1); max-bundle is written as browsers write it,
            // every section with the shared transport, which every stack understands.
            boolean bundleOnly = policy == RTCBundlePolicy.BALANCED && initial && !kindsWithTransport.add(s.media());
            SectionWriter.Transport t = bundleOnly ? null : transport;
            if (s.data()) {
                sections.add(LegacyDataSection.is(s)
                        ? LegacyDataSection.write(s.mid(), t, sctpPort, maxMessageSize, java.util.OptionalInt.empty())
                        : SectionWriter.data(s.mid(), t, sctpPort, maxMessageSize));
            } else {
                JsepTransceiver tr = s.transceiver();
                sections.add(SectionWriter.rtp(s.media(), s.mid(), t,
                        tr.negotiatedExtensions().isEmpty() ? tr.headerExtensions() : tr.negotiatedExtensions(),
                        Directions.toSdp(tr.direction()),
                        Directions.sends(tr.direction()) ? Optional.of(sender(tr, cname)) : Optional.empty(),
                        tr.negotiatedCodecs().isEmpty() ? tr.codecPreferences() : tr.negotiatedCodecs(),
                        true));
            }
        }
        if (!bundle.isEmpty()) {
            sdp.bundle(bundle.toArray(String[]::new));
        }
        sdp.extmapAllowMixed();
        sdp.msidSemantic(new MsidSemantic("WMS", List.of()));
        sections.forEach(sdp::addMedia);
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
