package io.jrtc.webrtc.internal.jsep;

import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceCandidateParseException;
import io.jrtc.sdp.MediaDescription;
import io.jrtc.sdp.SdpParseException;
import io.jrtc.sdp.SessionDescription;
import io.jrtc.webrtc.RTCErrorName;
import io.jrtc.webrtc.RTCException;
import io.jrtc.webrtc.RTCIceCandidate;
import io.jrtc.webrtc.RTCSessionDescription;
import io.jrtc.webrtc.RTCSignalingState;
import java.util.List;
import java.util.Optional;

/**
 * Trickled candidates and descriptions (RFC 8838, RFC 9429 sections 4.1.17 and 5.9; WebRTC 1.0
 * section 4.4.1.5 {@code addIceCandidate}): finds the m= section a candidate belongs to, checks it
 * as the spec says, and writes it into the description text, as browsers show trickled candidates
 * in {@code localDescription} and {@code remoteDescription}.
 */
final class CandidateTrickle {
    private CandidateTrickle() {}

    /** See {@link JsepSession#addRemoteCandidate}. */
    static Optional<IceCandidate> addRemote(SessionDescriptions descriptions, RTCIceCandidate candidate) {
        RTCSessionDescription remote = descriptions.remoteDescription().orElseThrow(() -> new RTCException(
                RTCErrorName.INVALID_STATE_ERROR,
                "addIceCandidate needs a remote description; call setRemoteDescription first (or queue candidates)"));
        SessionDescription sdp = descriptions.parsedRemote();
        int index = sectionOf(sdp, candidate);
        checkUfrag(sdp, candidate);
        if (candidate.isEndOfCandidates()) {
            replaceShown(descriptions, false, remote, withCandidate(sdp, index, null));
            return Optional.empty();
        }
        IceCandidate parsed = parse(candidate);
        replaceShown(descriptions, false, remote, withCandidate(sdp, index, candidate.candidate()));
        return Optional.of(parsed);
    }

    /** See {@link JsepSession#addLocalCandidate}. */
    static Optional<RTCIceCandidate> addLocal(SessionDescriptions descriptions, IceCandidate candidate) {
        Optional<RTCSessionDescription> local = descriptions.localDescription();
        if (local.isEmpty() || descriptions.state() == RTCSignalingState.CLOSED) {
            return Optional.empty();
        }
        SessionDescription sdp = descriptions.parsedLocal();
        int index = firstLiveIndex(sdp);
        if (index < 0) {
            return Optional.empty();
        }
        MediaDescription first = sdp.media().get(index);
        String line = candidate == null ? null : candidate.toString();
        replaceShown(descriptions, true, local.get(), withCandidate(sdp, index, line));
        return Optional.of(RTCIceCandidate.builder()
                .candidate(line == null ? "" : line)
                .sdpMid(first.mid().orElse(null))
                .sdpMLineIndex(index)
                .usernameFragment(first.iceUfrag().orElse(null))
                .build());
    }

    /** The index of the first section with a transport (see {@link TransportAgreement#firstLive}), or -1. */
    private static int firstLiveIndex(SessionDescription sdp) {
        List<MediaDescription> media = sdp.media();
        for (int i = 0; i < media.size(); i++) {
            MediaDescription m = media.get(i);
            if (!m.isRejected() && m.iceUfrag().isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /** Shows {@code updated} in place of {@code shown}, unless the candidate left it unchanged. */
    private static void replaceShown(SessionDescriptions descriptions, boolean local, RTCSessionDescription shown,
            SessionDescription updated) {
        if (updated != null) {
            descriptions.replaceShown(local, RTCSessionDescription.of(shown.type(), updated.toString()), updated);
        }
    }

    /** The index of the m= section {@code c} names: by mid first, else by index (W3C addIceCandidate steps 3-4). */
    static int sectionOf(SessionDescription sdp, RTCIceCandidate c) {
        List<MediaDescription> media = sdp.media();
        if (c.sdpMid().isPresent()) {
            String mid = c.sdpMid().get();
            for (int i = 0; i < media.size(); i++) {
                Optional<String> m = media.get(i).mid();
                if (m.isPresent() && m.get().equals(mid)) {
                    return i;
                }
            }
            throw operation("no m= section has mid " + mid + "; use an sdpMid from the remote description");
        }
        int index = c.sdpMLineIndex().getAsInt();
        if (index >= media.size()) {
            throw operation("sdpMLineIndex " + index + " is beyond the remote description's " + media.size()
                    + " m= sections");
        }
        return index;
    }

    /** Checks the usernameFragment against the remote description's (W3C addIceCandidate step 4). */
    static void checkUfrag(SessionDescription sdp, RTCIceCandidate c) {
        Optional<String> ufrag = c.usernameFragment();
        if (ufrag.isPresent() && !anySectionHasUfrag(sdp, ufrag.get())) {
            throw operation("the candidate's usernameFragment matches no ICE ufrag of the remote description;"
                    + " it belongs to an earlier ICE generation");
        }
    }

    private static boolean anySectionHasUfrag(SessionDescription sdp, String ufrag) {
        for (MediaDescription m : sdp.media()) {
            Optional<String> u = m.iceUfrag();
            if (u.isPresent() && u.get().equals(ufrag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses the candidate line for the ICE agent.
     *
     * @throws RTCException OperationError if it is not a candidate line
     */
    static IceCandidate parse(RTCIceCandidate c) {
        try {
            return IceCandidate.parse(c.candidate());
        } catch (IceCandidateParseException e) {
            throw new RTCException(RTCErrorName.OPERATION_ERROR,
                    "The candidate could not be parsed: " + e.getMessage() + "; pass the candidate string as received", e);
        }
    }

    /**
     * The description with {@code line} (a candidate, or null for end-of-candidates) added to
     * section {@code index}, or null if the line is kept out (see below).
     */
    private static SessionDescription withCandidate(SessionDescription sdp, int index, String line) {
        try {
            return line == null ? sdp.withEndOfCandidates(index) : sdp.withCandidate(index, line);
        } catch (SdpParseException | IllegalArgumentException e) {
            // The ICE grammar accepted it but SDP's is stricter somewhere: keep the text as it was.
            return null;
        }
    }

    private static RTCException operation(String message) {
        return new RTCException(RTCErrorName.OPERATION_ERROR, "Cannot add the ICE candidate: " + message);
    }
}
