package io.jrtc.webrtc.internal.jsep;

import io.jrtc.sdp.Codec;
import io.jrtc.sdp.Direction;
import io.jrtc.sdp.ExtMap;
import io.jrtc.sdp.Group;
import io.jrtc.sdp.MediaDescription;
import io.jrtc.sdp.MsidSemantic;
import io.jrtc.sdp.Origin;
import io.jrtc.sdp.SessionDescription;
import io.jrtc.sdp.SessionDescriptionWriter;
import io.jrtc.sdp.Setup;
import io.jrtc.webrtc.RTCBundlePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

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
        List<String> offeredBundle = offer.bundleGroup().map(Group::mids).orElse(List.of());
        List<String> accepted = new ArrayList<>();
        List<Section> sections = new ArrayList<>(plan.size());
        for (int i = 0; i < plan.size(); i++) {
            MSection s = plan.get(i);
            MediaDescription offered = offer.media().get(i);
            Section answer = section(s, offered, transport, policy, offeredBundle, sctpPort, maxMessageSize, cname);
            if (answer.accepted()) {
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
        SessionDescriptionWriter sdp = SessionDescriptionWriter.start(origin);
        if (!bundle.isEmpty()) {
            sdp.attribute(Group.bundle(bundle));
        }
        if (offer.extmapAllowMixed()) {
            sdp.attribute("extmap-allow-mixed");
        }
        sdp.attribute(new MsidSemantic("WMS", List.of()));
        for (Section section : sections) {
            section.write().accept(sdp);
        }
        return sdp.build();
    }

    /**
     * One answered section: whether it is accepted (a port other than 0; the BUNDLE group, written
     * first, lists those) and how to write it.
     */
    private record Section(boolean accepted, Consumer<SessionDescriptionWriter> write) {}

    private static Section section(MSection s, MediaDescription offered, SectionWriter.Transport transport,
            RTCBundlePolicy policy, List<String> offeredBundle, int sctpPort, long maxMessageSize, String cname) {
        boolean outsideBundle = policy == RTCBundlePolicy.MAX_BUNDLE && !offeredBundle.isEmpty()
                && (s.mid() == null || !offeredBundle.contains(s.mid()));
        if (offered.isRejected() || outsideBundle || (s.isRejected() && !s.data())) {
            return rejected(s, offered);
        }
        if (s.data()) {
            if (LegacyDataSection.is(offered)) {
                java.util.OptionalInt streams = offered.sctpMap().map(io.jrtc.sdp.SctpMap::streams)
                        .orElse(java.util.OptionalInt.empty());
                return new Section(true, w -> LegacyDataSection.write(w, s.mid(), transport, sctpPort, maxMessageSize,
                        streams));
            }
            return new Section(true, w -> SectionWriter.data(w, s.mid(), transport, sctpPort, maxMessageSize));
        }
        JsepTransceiver t = s.transceiver();
        List<Codec> codecs = CodecNegotiation.intersect(offered.codecs(), t.codecPreferences());
        if (codecs.stream().allMatch(CodecNegotiation::isRtx)) {
            return rejected(s, offered);
        }
        List<ExtMap> extensions = CodecNegotiation.intersectExtensions(offered.extMaps(), t.headerExtensions());
        Direction direction = Directions.answer(offered.direction(), t.direction());
        Optional<SectionWriter.Sender> sender = direction.sends()
                ? Optional.of(OfferWriter.sender(t, cname)) : Optional.empty();
        boolean rtcpRsize = offered.rtcpRsize();
        return new Section(true, w -> SectionWriter.rtp(w, s.media(), s.mid(), transport, extensions, direction,
                sender, codecs, rtcpRsize));
    }

    private static Section rejected(MSection s, MediaDescription offered) {
        MSection copy = rejectedCopy(s, offered);
        return new Section(false, w -> SectionWriter.rejected(w, copy));
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
