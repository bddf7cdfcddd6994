package io.jrtc.webrtc.internal.jsep;

import io.jrtc.sdp.Group;
import io.jrtc.sdp.MediaDescription;
import io.jrtc.sdp.SdpParseException;
import io.jrtc.sdp.SessionDescription;
import io.jrtc.sdp.Setup;
import io.jrtc.webrtc.RTCBundlePolicy;
import io.jrtc.webrtc.RTCErrorDetailType;
import io.jrtc.webrtc.RTCErrorName;
import io.jrtc.webrtc.RTCException;
import io.jrtc.webrtc.RTCSdpType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a remote description before anything is applied (WebRTC 1.0 section 4.4.1.5 "set the
 * session description" steps for a remote description; RFC 9429 section 5.8): a syntax error is an
 * {@code RTCError} with {@code sdp-syntax-error}, a description that cannot be applied (no ICE
 * credentials, no fingerprint, no rtcp-mux, an answer that does not match the offer) an
 * InvalidAccessError.
 */
final class RemoteDescriptionValidator {
    private RemoteDescriptionValidator() {}

    /**
     * Parses the SDP text.
     *
     * @throws RTCException OperationError with errorDetail {@code sdp-syntax-error} and the line
     */
    static SessionDescription parse(String sdp) {
        try {
            return SessionDescription.parse(sdp);
        } catch (SdpParseException e) {
            throw new RTCException("The remote SDP is not valid: " + e.getMessage()
                    + "; pass the description exactly as the other side produced it",
                    RTCErrorDetailType.SDP_SYNTAX_ERROR, e.lineNumber(), e);
        }
    }

    /**
     * Validates a parsed remote description.
     *
     * @param localOffer our offer when {@code type} is an answer or pranswer, else null
     */
    static void validate(SessionDescription sdp, RTCSdpType type, SessionDescription localOffer, RTCBundlePolicy policy) {
        List<MediaDescription> media = sdp.media();
        Set<String> bundled = new HashSet<>();
        Group firstBundle = null;
        for (Group g : sdp.groups()) {
            if (g.isBundle()) {
                bundled.addAll(g.mids());
                firstBundle = firstBundle == null ? g : firstBundle;
            }
        }
        String tag = firstBundle != null && !firstBundle.mids().isEmpty() ? firstBundle.mids().get(0) : null;
        Set<String> mids = new HashSet<>();
        int accepted = 0;
        for (int i = 0; i < media.size(); i++) {
            MediaDescription m = media.get(i);
            String mid = m.mid().orElse(null);
            if (mid != null && !mids.add(mid)) {
                throw invalid("m= section " + i + " repeats a=mid:" + mid + "; every mid must be unique (RFC 5888)");
            }
            if (m.isRejected()) {
                continue;
            }
            accepted++;
            if (mid == null) {
                throw invalid("m= section " + i + " has no a=mid; JSEP needs one in every m= section (RFC 9429 section 5.8)");
            }
            boolean transportElsewhere = bundled.contains(mid) && !mid.equals(tag);
            if (!transportElsewhere || m.iceUfrag().isPresent() || !m.fingerprints().isEmpty()) {
                requireTransport(m, i, type);
            }
            if (RemoteOfferAssociation.isData(m) && LegacyDataSection.sctpPort(m).orElse(1) == 0) {
                throw invalid("m= section " + i + " (mid " + mid + ") names SCTP port 0; an SCTP port is 1-65535"
                        + " (RFC 8841 section 5)");
            }
            boolean rtp = MediaKind.fromSdp(m.type()) != null && m.protocol().contains("RTP/");
            if (rtp && m.protocol().contains("SAVP") && !m.rtcpMux()) {
                throw invalid("m= section " + i + " (mid " + mid + ") lacks a=rtcp-mux, which rtcpMuxPolicy"
                        + " \"require\" needs (RFC 8843 section 4.1)");
            }
        }
        if (policy == RTCBundlePolicy.MAX_BUNDLE && accepted > 1 && firstBundle == null) {
            throw invalid("bundlePolicy is max-bundle but the description has " + accepted
                    + " m= sections and no a=group:BUNDLE; the remote side must bundle");
        }
        if (localOffer != null) {
            matchOffer(sdp, localOffer, type);
        }
    }

    private static void requireTransport(MediaDescription m, int i, RTCSdpType type) {
        java.util.Optional<String> ufrag = m.iceUfrag();
        java.util.Optional<String> pwd = m.icePwd();
        if (ufrag.isEmpty() || pwd.isEmpty()) {
            throw invalid("m= section " + i + " has no a=ice-ufrag/a=ice-pwd; ICE needs both (RFC 8839 section 5.4)");
        }
        try {
            new io.jrtc.ice.IceCredentials(ufrag.get(), pwd.get());
        } catch (IllegalArgumentException e) {
            throw invalid("m= section " + i + ": " + e.getMessage() + " (RFC 8839 section 5.4)");
        }
        List<io.jrtc.sdp.Fingerprint> fingerprints = m.fingerprints();
        if (fingerprints.isEmpty()) {
            throw invalid("m= section " + i + " has no a=fingerprint; DTLS-SRTP needs the certificate's"
                    + " fingerprint (RFC 8122 section 5)");
        }
        if (!UsableFingerprints.any(fingerprints)) {
            throw invalid("m= section " + i + " has no a=fingerprint DTLS can check: it needs a sha-1, sha-256,"
                    + " sha-384 or sha-512 digest of that hash's length (RFC 8122 section 5)");
        }
        Setup setup = m.setup().orElse(null);
        if (setup == Setup.HOLDCONN) {
            throw invalid("m= section " + i + " has a=setup:holdconn, which WebRTC does not use (RFC 8842 section 5)");
        }
        if (type != RTCSdpType.OFFER && setup == Setup.ACTPASS) {
            throw invalid("m= section " + i + " of an answer has a=setup:actpass; an answer must choose"
                    + " active or passive (RFC 8842 section 5.3)");
        }
    }

    private static void matchOffer(SessionDescription answer, SessionDescription offer, RTCSdpType type) {
        if (answer.media().size() != offer.media().size()) {
            throw invalid("the " + type + " has " + answer.media().size() + " m= sections but the offer has "
                    + offer.media().size() + "; an answer has one per offered m= section, in order (RFC 3264 section 6)");
        }
        for (int i = 0; i < offer.media().size(); i++) {
            MediaDescription o = offer.media().get(i);
            MediaDescription a = answer.media().get(i);
            if (!o.type().equals(a.type())) {
                throw invalid("m= section " + i + " of the " + type + " is " + a.type() + " but the offer's is " + o.type());
            }
            if (!a.isRejected() && !o.mid().equals(a.mid())) {
                throw invalid("m= section " + i + " of the " + type + " has mid " + a.mid().orElse("(none)")
                        + " but the offer's has " + o.mid().orElse("(none)"));
            }
        }
    }

    private static RTCException invalid(String message) {
        return new RTCException(RTCErrorName.INVALID_ACCESS_ERROR, "Cannot apply the remote description: " + message);
    }
}
