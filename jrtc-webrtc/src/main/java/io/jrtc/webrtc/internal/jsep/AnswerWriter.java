package io.jrtc.webrtc.internal.jsep;

import io.jrtc.sdp.Codec;
import io.jrtc.sdp.Direction;
import io.jrtc.sdp.ExtMap;
import io.jrtc.sdp.Group;
import io.jrtc.sdp.MediaDescription;
import io.jrtc.sdp.MsidSemantic;
import io.jrtc.sdp.Origin;
import io.jrtc.sdp.SessionDescription;
import io.jrtc.sdp.SessionDescriptionBuilder;
import io.jrtc.sdp.Setup;
import io.jrtc.webrtc.RTCBundlePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes an answer to a remote offer (RFC 9429 section 5.3): one section per offered section, in
 * order; a section is rejected if the offer rejected it, nothing supports it, no codec is in
 * common, or (max-bundle) it is outside the offer's BUNDLE group. Codecs keep the offerer's
 * payload types; the direction follows RFC 3264 section 6.1; setup is active unless the offerer
 * insists on active itself.
 */
final class AnswerWriter {
    private AnswerWriter() {}

    static SessionDescription write(Origin origin, SessionDescription offer, List<MSection> plan,
            SectionWriter.Transport transport, RTCBundlePolicy policy, int sctpPort, long maxMessageSize, String cname) {
        SessionDescriptionBuilder sdp = SessionDescription.builder(origin);
        List<String> offeredBundle = offer.bundleGroup().map(Group::mids).orElse(List.of());
        List<String> accepted = new ArrayList<>();
        List<MediaDescription> sections = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            MSection s = plan.get(i);
            MediaDescription offered = offer.media().get(i);
            MediaDescription answer = section(s, offered, transport, policy, offeredBundle, sctpPort, maxMessageSize, cname);
            if (answer.port() != 0) {
                accepted.add(s.mid());
            }
            sections.add(answer);
        }
        List<String> bundle = new ArrayList<>(offeredBundle.size());
        for (String mid : offeredBundle) {
            if (accepted.contains(mid)) {
                bundle.add(mid);
            }
        }
        if (!bundle.isEmpty()) {
            sdp.bundle(bundle.toArray(String[]::new));
        }
        if (offer.extmapAllowMixed()) {
            sdp.extmapAllowMixed();
        }
        sdp.msidSemantic(new MsidSemantic("WMS", List.of()));
        sections.forEach(sdp::addMedia);
        return sdp.build();
    }

    private static MediaDescription section(MSection s, MediaDescription offered, SectionWriter.Transport transport,
            RTCBundlePolicy policy, List<String> offeredBundle, int sctpPort, long maxMessageSize, String cname) {
        boolean outsideBundle = policy == RTCBundlePolicy.MAX_BUNDLE && !offeredBundle.isEmpty()
                && (s.mid() == null || !offeredBundle.contains(s.mid()));
        if (offered.isRejected() || outsideBundle || (s.isRejected() && !s.data())) {
            return SectionWriter.rejected(rejectedCopy(s, offered));
        }
        if (s.data()) {
            return LegacyDataSection.is(offered)
                    ? LegacyDataSection.write(s.mid(), transport, sctpPort, maxMessageSize,
                            offered.sctpMap().map(io.jrtc.sdp.SctpMap::streams).orElse(java.util.OptionalInt.empty()))
                    : SectionWriter.data(s.mid(), transport, sctpPort, maxMessageSize);
        }
        JsepTransceiver t = s.transceiver();
        List<Codec> codecs = CodecNegotiation.intersect(offered.codecs(), t.codecPreferences());
        if (codecs.stream().allMatch(CodecNegotiation::isRtx)) {
            return SectionWriter.rejected(rejectedCopy(s, offered));
        }
        List<ExtMap> extensions = CodecNegotiation.intersectExtensions(offered.extMaps(), t.headerExtensions());
        Direction direction = Directions.answer(offered.direction(), t.direction());
        return SectionWriter.rtp(s.media(), s.mid(), transport, extensions, direction,
                direction.sends() ? Optional.of(OfferWriter.sender(t, cname)) : Optional.empty(), codecs, offered.rtcpRsize());
    }

    private static MSection rejectedCopy(MSection s, MediaDescription offered) {
        return new MSection(offered.mid().orElse(null), offered.type(), offered.protocol(), offered.formats(), null, false);
    }

    /**
     * The answerer's setup (RFC 8842 sections 5.3 and 5.6): the opposite of an offer that chose;
     * for actpass, the role of the DTLS association already established, so that a renegotiation
     * with the other side offering does not swap roles; else active, as browsers answer.
     *
     * @param currentlyClient whether this side is the DTLS client of the current association, if any
     */
    static Setup answerSetup(Setup offered, Optional<Boolean> currentlyClient) {
        return switch (offered) {
            case ACTIVE -> Setup.PASSIVE;
            case PASSIVE -> Setup.ACTIVE;
            default -> currentlyClient.map(c -> c ? Setup.ACTIVE : Setup.PASSIVE).orElse(Setup.ACTIVE);
        };
    }
}
