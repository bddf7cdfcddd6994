package io.jrtc.webrtc.pc;

import io.jrtc.webrtc.RTCCertificate;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCException;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCRtpTransceiverDirection;
import io.jrtc.webrtc.RTCRtpTransceiverInit;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import io.jrtc.webrtc.RTCSignalingState;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What setRemoteDescription on a whole RTCPeerConnection must do with any SDP (the issue's
 * "fuzz setRemoteDescription"): reject with an RTCException or apply; the signaling state is
 * then the one the W3C steps give for that outcome; no other exception type escapes and no bug
 * hides inside an RTCException (a NullPointerException as its cause, say); and the connection is
 * not broken: a rollback brings it back to stable and it can still make and set a new offer.
 *
 * <p>The first byte of the input picks the situation: 0 an offer to a fresh connection; 1 an
 * answer, 2 a pranswer, 3 an offer (glare: implicit rollback) to a connection in
 * {@code have-local-offer} with audio, video and a data channel. The rest is the SDP.
 */
final class PeerConnectionSetRemoteInvariants {
    private static final RTCCertificate CERT = RTCCertificate.generate();
    private static final RTCConfiguration CONFIG = RTCConfiguration.builder().certificates(List.of(CERT)).build();
    private static final long TIMEOUT_SECONDS = 20;
    /** Causes that mean a bug in jrtc rather than a refusal of bad input. */
    private static final List<Class<? extends Throwable>> BUGS = List.of(NullPointerException.class,
            IndexOutOfBoundsException.class, ClassCastException.class, IllegalStateException.class,
            IllegalArgumentException.class, ArithmeticException.class, java.util.NoSuchElementException.class,
            UnsupportedOperationException.class, NegativeArraySizeException.class);

    private PeerConnectionSetRemoteInvariants() {}

    static void check(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int mode = input[0] & 3;
        String sdp = new String(input, 1, input.length - 1, java.nio.charset.StandardCharsets.UTF_8);
        RTCSdpType type = switch (mode) {
            case 1 -> RTCSdpType.ANSWER;
            case 2 -> RTCSdpType.PRANSWER;
            default -> RTCSdpType.OFFER;
        };
        try (RTCPeerConnection pc = new RTCPeerConnection(CONFIG, Peers.LOOPBACK)) {
            if (mode != 0) {
                pc.addTransceiver("audio", new RTCRtpTransceiverInit(RTCRtpTransceiverDirection.SENDRECV, List.of()));
                pc.addTransceiver("video", new RTCRtpTransceiverInit(RTCRtpTransceiverDirection.SENDRECV, List.of()));
                pc.createDataChannel("fuzz");
                mustApply(pc.setLocalDescription(), "our own offer", sdp);
            }
            RTCSignalingState before = pc.signalingState();
            boolean applied = outcome(pc.setRemoteDescription(RTCSessionDescription.of(type, sdp)), sdp);
            RTCSignalingState expected = !applied ? before : switch (type) {
                case ANSWER -> RTCSignalingState.STABLE;
                case PRANSWER -> RTCSignalingState.HAVE_REMOTE_PRANSWER;
                default -> RTCSignalingState.HAVE_REMOTE_OFFER;
            };
            require(pc.signalingState() == expected, "signalingState " + pc.signalingState() + " after "
                    + (applied ? "applying" : "refusing") + " a " + type + " in " + before + "; expected " + expected, sdp);
            if (applied && type == RTCSdpType.OFFER) {
                outcome(pc.setLocalDescription(), sdp); // answering may be refused too, with an RTCException
            }
            backToStable(pc, sdp);
            // Not broken: a new offer of its own is made, set and rolled back.
            mustApply(pc.setLocalDescription(), "a new local offer", sdp);
            require(pc.signalingState() == RTCSignalingState.HAVE_LOCAL_OFFER, "no have-local-offer after an offer", sdp);
            mustApply(pc.setLocalDescription(RTCSessionDescription.of(RTCSdpType.ROLLBACK, "")), "rollback", sdp);
            require(pc.signalingState() == RTCSignalingState.STABLE, "not stable after a rollback", sdp);
        }
    }

    private static void backToStable(RTCPeerConnection pc, String sdp) {
        switch (pc.signalingState()) {
            case STABLE -> { }
            case HAVE_REMOTE_OFFER -> mustApply(pc.setRemoteDescription(RTCSessionDescription.of(RTCSdpType.ROLLBACK, "")),
                    "rollback of the remote offer", sdp);
            case HAVE_LOCAL_OFFER -> mustApply(pc.setLocalDescription(RTCSessionDescription.of(RTCSdpType.ROLLBACK, "")),
                    "rollback of our offer", sdp);
            // A pranswer that applied applies as the final answer too (W3C: then stable).
            case HAVE_REMOTE_PRANSWER -> mustApply(pc.setRemoteDescription(RTCSessionDescription.of(RTCSdpType.ANSWER,
                    pc.remoteDescription().orElseThrow().sdp())), "the pranswer as the final answer", sdp);
            default -> throw new AssertionError("unexpected signaling state " + pc.signalingState() + " for\n" + sdp);
        }
        require(pc.signalingState() == RTCSignalingState.STABLE, "not stable: " + pc.signalingState(), sdp);
    }

    /** True if the operation applied; false if it was refused with an RTCException that hides no bug. */
    private static boolean outcome(CompletableFuture<Void> f, String sdp) {
        try {
            f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof RTCException r)) {
                throw new AssertionError("not an RTCException: " + e.getCause() + " for\n" + sdp, e.getCause());
            }
            for (Throwable c = r.getCause(); c != null; c = c.getCause()) {
                for (Class<? extends Throwable> bug : BUGS) {
                    if (bug.isInstance(c)) {
                        throw new AssertionError("a bug surfaced as " + c + " inside " + r + " for\n" + sdp, r);
                    }
                }
            }
            return false;
        } catch (TimeoutException e) {
            throw new AssertionError("the operation did not complete in " + TIMEOUT_SECONDS + " s for\n" + sdp, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void mustApply(CompletableFuture<Void> f, String what, String sdp) {
        try {
            f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError(what + " failed after the fuzzed description: " + e + " for\n" + sdp, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void require(boolean condition, String message, String sdp) {
        if (!condition) {
            throw new AssertionError(message + " for\n" + sdp);
        }
    }
}
