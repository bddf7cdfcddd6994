package io.jrtc.webrtc;

import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.sdp.Fingerprint;
import io.jrtc.webrtc.internal.config.ConfigurationChecks;
import io.jrtc.webrtc.internal.config.DataChannelChecks;
import io.jrtc.webrtc.internal.jsep.JsepConfig;
import io.jrtc.webrtc.internal.jsep.JsepSession;
import io.jrtc.webrtc.internal.net.NetRuntime;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * W3C {@code RTCPeerConnection} (WebRTC 1.0 section 4) in Java: the same operations, states and
 * events, with a {@link CompletableFuture} where JavaScript has a Promise. Thread-safe; each
 * connection has one serial context on which its operations run in order and its handlers are
 * called, never two at once (do not block it waiting for another operation of the same
 * connection).
 *
 * <pre>{@code
 * RTCPeerConnection pc = new RTCPeerConnection(RTCConfiguration.defaults());
 * pc.onIceCandidate(c -> signaling.send(c == null ? null : c.toJSON()));
 * RTCDataChannel ch = pc.createDataChannel("chat", RTCDataChannelInit.defaults());
 * pc.setLocalDescription().thenRun(() -> signaling.send(pc.localDescription().orElseThrow().toJSON()));
 * }</pre>
 *
 * <p>Media is raw RTP for now ({@link MediaStreamTrack#writeRtp}, {@link MediaStreamTrack#onRtp});
 * codecs and packetizers come later. jrtc's own knobs are in {@link JrtcSettings}.
 */
public final class RTCPeerConnection implements AutoCloseable {
    private final JrtcSettings settings;
    private final RTCCertificate certificate;
    private final PeerContext context;
    private final PeerStates states = new PeerStates();
    private final PeerEvents events = new PeerEvents();
    private final PeerSignaling signaling;
    private final MediaSet media;
    private final PeerTransports transports;
    private final LegacyStreams legacy = new LegacyStreams();
    private volatile RTCConfiguration configuration;

    /** A connection with jrtc's default settings. */
    public RTCPeerConnection(RTCConfiguration configuration) {
        this(configuration, JrtcSettings.defaults());
    }

    /**
     * A connection with jrtc's own settings beside the W3C configuration.
     *
     * @throws RTCException InvalidAccessError if a configured certificate has expired
     */
    public RTCPeerConnection(RTCConfiguration configuration, JrtcSettings settings) {
        this(configuration, settings, SharedRuntime.get());
    }

    RTCPeerConnection(RTCConfiguration configuration, JrtcSettings settings, NetRuntime runtime) {
        Objects.requireNonNull(configuration, "configuration");
        this.settings = Objects.requireNonNull(settings, "settings");
        ConfigurationChecks.checkNew(configuration, Instant.now());
        this.configuration = configuration;
        this.certificate = configuration.certificates().isEmpty() ? RTCCertificate.generate()
                : configuration.certificates().get(0);
        Executor serial = runtime.newSerialContext();
        this.context = new PeerContext(serial);
        DtlsCertificate cert = certificate.dtlsCertificate();
        var f = cert.fingerprint();
        JsepSession jsep = new JsepSession(new JsepConfig(configuration.bundlePolicy(),
                List.of(new Fingerprint(f.algorithm(), f.value())), settings.maxMessageSize(), new SecureRandom()));
        DataChannelSet channels = new DataChannelSet(c -> new RTCDataChannel(c, context), events.dataChannel::fire);
        this.signaling = new PeerSignaling(jsep, context, states, events, channels, serial);
        this.media = new MediaSet(jsep, context, signaling::transceiversChanged);
        signaling.media(media);
        this.transports = PeerTransports.create(settings.maxMessageSize());
        signaling.transports(transports);
        context.maxMessageSize(transports.sctp()::maxMessageSize);
        events.track.add(legacy::onTrack);
        signaling.transport(new PeerTransport(runtime, context, settings, this::getConfiguration, cert, signaling));
    }

    /**
     * W3C {@code generateCertificate}: an ECDSA P-256 certificate, as browsers make by default.
     */
    public static CompletableFuture<RTCCertificate> generateCertificate() {
        return CompletableFuture.supplyAsync(RTCCertificate::generate);
    }

    // ---- configuration

    public RTCConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * W3C {@code setConfiguration}: ICE servers, transport policy and (before the first local
     * description) the candidate pool size may change; the rest may not. Before the first
     * description a change restarts the candidate pool with the new servers; after it, the new
     * servers are used from the next gathering, the next ICE restart ({@link #restartIce()}, an
     * {@code iceRestart} offer or the peer's), and a new transport policy applies to the
     * candidates signaled and paired from now on.
     *
     * @throws RTCException InvalidStateError when closed; InvalidModificationError naming what may not change
     */
    public void setConfiguration(RTCConfiguration next) {
        Objects.requireNonNull(next, "configuration");
        requireOpen();
        ConfigurationChecks.checkUpdate(configuration, next, signaling.localDescriptionSet());
        RTCConfiguration before = configuration;
        configuration = next;
        context.execute(() -> signaling.reconfigured(before, next));
    }

    /** jrtc's own settings of this connection. */
    public JrtcSettings settings() {
        return settings;
    }

    // ---- offer/answer

    /** W3C {@code createOffer()} with default options. */
    public CompletableFuture<RTCSessionDescription> createOffer() {
        return createOffer(RTCOfferOptions.defaults());
    }

    /**
     * W3C {@code createOffer(options)}.
     *
     * @return fails with InvalidStateError when closed
     */
    public CompletableFuture<RTCSessionDescription> createOffer(RTCOfferOptions options) {
        Objects.requireNonNull(options, "options");
        return operation(() -> signaling.createOffer(options));
    }

    /** W3C {@code createAnswer()}: fails with InvalidStateError unless a remote offer is applied. */
    public CompletableFuture<RTCSessionDescription> createAnswer() {
        return operation(signaling::createAnswer);
    }

    /** W3C {@code createAnswer(options)}; the options have nothing jrtc uses. */
    public CompletableFuture<RTCSessionDescription> createAnswer(RTCAnswerOptions options) {
        return createAnswer();
    }

    /** W3C {@code setLocalDescription()}: creates and applies the offer or answer the state calls for. */
    public CompletableFuture<Void> setLocalDescription() {
        return operation(() -> {
            signaling.setLocal(null);
            return null;
        });
    }

    /**
     * W3C {@code setLocalDescription(description)}.
     *
     * @return fails with InvalidStateError if the type does not fit the signaling state,
     *     InvalidModificationError if the SDP was changed after createOffer/createAnswer
     */
    public CompletableFuture<Void> setLocalDescription(RTCSessionDescription description) {
        Objects.requireNonNull(description, "description");
        return operation(() -> {
            signaling.setLocal(description);
            return null;
        });
    }

    /**
     * W3C {@code setRemoteDescription(description)}; an offer in {@code have-local-offer} rolls
     * the local offer back first (perfect negotiation's polite peer).
     *
     * @return fails with OperationError for SDP that does not parse, InvalidStateError if the
     *     type does not fit the state, InvalidAccessError if it cannot be applied
     */
    public CompletableFuture<Void> setRemoteDescription(RTCSessionDescription description) {
        Objects.requireNonNull(description, "description");
        return operation(() -> {
            signaling.setRemote(description);
            return null;
        });
    }

    /**
     * W3C {@code addIceCandidate(candidate)}; an end-of-candidates candidate (empty
     * {@code candidate}) ends the peer's candidates.
     *
     * @return fails with InvalidStateError without a remote description, OperationError if the
     *     candidate fits no m= section or the current ICE generation
     */
    public CompletableFuture<Void> addIceCandidate(RTCIceCandidate candidate) {
        Objects.requireNonNull(candidate, "candidate (for end-of-candidates use an empty candidate string)");
        return operation(() -> {
            signaling.addIceCandidate(candidate);
            return null;
        });
    }

    /** W3C {@code restartIce()}: the next offer restarts ICE; negotiationneeded fires. */
    public void restartIce() {
        if (!states.closed) {
            context.execute(() -> {
                if (!states.closed) {
                    signaling.restartIce();
                }
            });
        }
    }

    // ---- data channels

    /** W3C {@code createDataChannel(label)} with the default options. */
    public RTCDataChannel createDataChannel(String label) {
        return createDataChannel(label, RTCDataChannelInit.defaults());
    }

    /**
     * W3C {@code createDataChannel(label, init)}: the channel opens once the connection is up
     * (negotiationneeded fires for the first one); a {@code negotiated} channel with an id is
     * not announced to the peer, which creates the same one.
     *
     * @throws RTCException InvalidStateError when closed; TypeError for a label or protocol over
     *     65535 bytes
     */
    public RTCDataChannel createDataChannel(String label, RTCDataChannelInit init) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(init, "init");
        requireOpen();
        DataChannelChecks.checkLabel(label);
        DataChannelChecks.checkLabel(init.protocol());
        RTCDataChannel channel = new RTCDataChannel(label, init, context);
        context.execute(() -> {
            if (!states.closed) {
                signaling.createDataChannel(channel);
            }
        });
        return channel;
    }

    // ---- media (raw RTP)

    /**
     * W3C {@code addTrack(track, ...streams)}: sends the track on a transceiver of its kind that
     * never sent, or on a new sendrecv one; negotiationneeded fires.
     *
     * @throws RTCException InvalidStateError when closed; InvalidAccessError if the track is
     *     already sent by one of this connection's senders
     */
    public RTCRtpSender addTrack(MediaStreamTrack track, String... streamIds) {
        Objects.requireNonNull(track, "track");
        requireOpen();
        for (RTCRtpSender s : getSenders()) {
            if (s.track().orElse(null) == track) {
                throw new RTCException(RTCErrorName.INVALID_ACCESS_ERROR,
                        "this track is already sent by a sender of this connection; use another track or replaceTrack");
            }
        }
        return context.call(() -> {
            requireOpen();
            RTCRtpTransceiver reuse = media.reusable(track.kind());
            if (reuse != null) {
                reuse.usedToSend = true;
                reuse.sender().setTrack(track);
                RTCRtpTransceiverDirection d = reuse.direction();
                reuse.direction(d == RTCRtpTransceiverDirection.RECVONLY ? RTCRtpTransceiverDirection.SENDRECV
                        : d == RTCRtpTransceiverDirection.INACTIVE ? RTCRtpTransceiverDirection.SENDONLY : d);
                return reuse.sender();
            }
            return media.add(track.kind(), track, new RTCRtpTransceiverInit(RTCRtpTransceiverDirection.SENDRECV,
                    List.of(streamIds)), true).sender();
        });
    }

    /**
     * W3C {@code removeTrack(sender)}: the sender stops sending (its direction loses "send");
     * negotiationneeded fires.
     *
     * @throws RTCException InvalidStateError when closed; InvalidAccessError for a sender of another connection
     */
    public void removeTrack(RTCRtpSender sender) {
        Objects.requireNonNull(sender, "sender");
        requireOpen();
        RTCRtpTransceiver t = media.transceivers().stream().filter(x -> x.sender() == sender).findFirst()
                .orElseThrow(() -> new RTCException(RTCErrorName.INVALID_ACCESS_ERROR,
                        "the sender does not belong to this connection"));
        if (sender.track().isEmpty() || t.isStopping()) {
            return;
        }
        sender.setTrack(null);
        RTCRtpTransceiverDirection d = t.direction();
        t.direction(d == RTCRtpTransceiverDirection.SENDRECV ? RTCRtpTransceiverDirection.RECVONLY
                : d == RTCRtpTransceiverDirection.SENDONLY ? RTCRtpTransceiverDirection.INACTIVE : d);
    }

    /** W3C {@code addTransceiver(kind, init)} for {@code "audio"} or {@code "video"}. */
    public RTCRtpTransceiver addTransceiver(String kind, RTCRtpTransceiverInit init) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(init, "init");
        requireOpen();
        if (!kind.equals("audio") && !kind.equals("video")) {
            throw new RTCException(RTCErrorName.TYPE_ERROR, "kind must be \"audio\" or \"video\", not \"" + kind + "\"");
        }
        return context.call(() -> media.add(kind, null, init, false));
    }

    /** W3C {@code addTransceiver(track, init)}: a transceiver that sends this track. */
    public RTCRtpTransceiver addTransceiver(MediaStreamTrack track, RTCRtpTransceiverInit init) {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(init, "init");
        requireOpen();
        return context.call(() -> media.add(track.kind(), track, init, false));
    }

    public List<RTCRtpTransceiver> getTransceivers() {
        return media.transceivers();
    }

    public List<RTCRtpSender> getSenders() {
        return media.transceivers().stream().map(RTCRtpTransceiver::sender).toList();
    }

    public List<RTCRtpReceiver> getReceivers() {
        return media.transceivers().stream().map(RTCRtpTransceiver::receiver).toList();
    }

    // ---- state

    /** The pending local description if there is one, else the current one. */
    public Optional<RTCSessionDescription> localDescription() {
        Optional<RTCSessionDescription> p = states.pendingLocal;
        return p.isPresent() ? p : states.currentLocal;
    }

    public Optional<RTCSessionDescription> currentLocalDescription() {
        return states.currentLocal;
    }

    public Optional<RTCSessionDescription> pendingLocalDescription() {
        return states.pendingLocal;
    }

    /** The pending remote description if there is one, else the current one. */
    public Optional<RTCSessionDescription> remoteDescription() {
        Optional<RTCSessionDescription> p = states.pendingRemote;
        return p.isPresent() ? p : states.currentRemote;
    }

    public Optional<RTCSessionDescription> currentRemoteDescription() {
        return states.currentRemote;
    }

    public Optional<RTCSessionDescription> pendingRemoteDescription() {
        return states.pendingRemote;
    }

    public RTCSignalingState signalingState() {
        return states.closed ? RTCSignalingState.CLOSED : states.signaling;
    }

    public RTCIceGatheringState iceGatheringState() {
        return states.gathering;
    }

    public RTCIceConnectionState iceConnectionState() {
        return states.closed ? RTCIceConnectionState.CLOSED : states.ice;
    }

    public RTCPeerConnectionState connectionState() {
        return states.closed ? RTCPeerConnectionState.CLOSED : states.connection;
    }

    /** Whether the peer trickles candidates; empty before a remote description (W3C: null). */
    public Optional<Boolean> canTrickleIceCandidates() {
        return states.canTrickle;
    }

    /** W3C {@code sctp}: the SCTP transport once a data section was negotiated (W3C: null before). */
    public Optional<RTCSctpTransport> sctp() {
        return states.sctpNegotiated ? Optional.of(transports.sctp()) : Optional.empty();
    }

    /** The DTLS transport every m= section shares (W3C {@code sender.transport}, with max-bundle). */
    public RTCDtlsTransport dtlsTransport() {
        return transports.dtls();
    }

    /** The ICE transport under {@link #dtlsTransport()}. */
    public RTCIceTransport iceTransport() {
        return transports.ice();
    }

    /**
     * W3C {@code getStats()}: peer-connection, transport, candidate-pair (every pair of the ICE
     * check list, with STUN round-trip times and check counters),
     * local-candidate, remote-candidate, certificate, data-channel, codec, inbound-rtp and
     * outbound-rtp stats with the members that have values.
     */
    public CompletableFuture<RTCStatsReport> getStats() {
        CompletableFuture<RTCStatsReport> f = new CompletableFuture<>();
        context.execute(() -> {
            try {
                f.complete(signaling.stats(certificate, System.currentTimeMillis()));
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    // ---- events

    /** W3C {@code onnegotiationneeded}. */
    public void onNegotiationNeeded(Runnable handler) {
        events.negotiationNeeded.set(handler == null ? null : v -> handler.run());
    }

    /** W3C {@code onicecandidate}: a candidate to signal, or null once gathering is complete. */
    public void onIceCandidate(Consumer<RTCIceCandidate> handler) {
        events.iceCandidate.set(handler);
    }

    /**
     * W3C {@code onicecandidateerror}: a STUN or TURN server gave no candidate (a wrong TURN
     * credential gives 401, an unreachable server 701).
     */
    public void onIceCandidateError(Consumer<RTCPeerConnectionIceErrorEvent> handler) {
        events.iceCandidateError.set(handler);
    }

    public void onSignalingStateChange(Consumer<RTCSignalingState> handler) {
        events.signalingStateChange.set(handler);
    }

    public void onIceConnectionStateChange(Consumer<RTCIceConnectionState> handler) {
        events.iceConnectionStateChange.set(handler);
    }

    public void onIceGatheringStateChange(Consumer<RTCIceGatheringState> handler) {
        events.iceGatheringStateChange.set(handler);
    }

    public void onConnectionStateChange(Consumer<RTCPeerConnectionState> handler) {
        events.connectionStateChange.set(handler);
    }

    /** W3C {@code ondatachannel}: a channel the peer opened. */
    public void onDataChannel(Consumer<RTCDataChannel> handler) {
        events.dataChannel.set(handler);
    }

    /** W3C {@code ontrack}: the peer now sends on a transceiver. */
    public void onTrack(Consumer<RTCTrackEvent> handler) {
        events.track.set(handler);
    }

    /** Adds a track listener beside {@link #onTrack}. */
    public void addTrackListener(Consumer<RTCTrackEvent> listener) {
        events.track.add(listener);
    }

    /** Adds a listener for local candidates beside {@link #onIceCandidate}. */
    public void addIceCandidateListener(Consumer<RTCIceCandidate> listener) {
        events.iceCandidate.add(listener);
    }

    /** Adds a connection-state listener beside {@link #onConnectionStateChange}. */
    public void addConnectionStateListener(Consumer<RTCPeerConnectionState> listener) {
        events.connectionStateChange.add(listener);
    }

    /** Adds a data-channel listener beside {@link #onDataChannel}. */
    public void addDataChannelListener(Consumer<RTCDataChannel> listener) {
        events.dataChannel.add(listener);
    }

    // ---- close

    /**
     * W3C {@code close()}: every state becomes closed at once, without events; channels close;
     * SCTP ABORT and DTLS close_notify go to the peer; the sockets are released. Later operations
     * fail with InvalidStateError. Idempotent.
     */
    @Override
    public void close() {
        if (states.closed) {
            return;
        }
        states.closed = true;
        states.signaling = RTCSignalingState.CLOSED;
        states.ice = RTCIceConnectionState.CLOSED;
        states.connection = RTCPeerConnectionState.CLOSED;
        states.sctp = RTCSctpTransportState.CLOSED;
        transports.closeSilently();
        context.execute(signaling::close);
    }

    // ---- the legacy API (thin shims over the modern one)

    /** Adds every track of the stream with {@link #addTrack}. */
    @Deprecated
    public void addStream(MediaStream stream) {
        requireOpen();
        for (MediaStreamTrack t : stream.getTracks()) {
            if (getSenders().stream().noneMatch(s -> s.track().orElse(null) == t)) {
                addTrack(t, stream.id());
            }
        }
        legacy.addLocal(stream);
    }

    /** Removes the senders of the stream's tracks with {@link #removeTrack}. */
    @Deprecated
    public void removeStream(MediaStream stream) {
        requireOpen();
        for (RTCRtpSender s : getSenders()) {
            if (s.track().isPresent() && stream.getTracks().contains(s.track().get())) {
                removeTrack(s);
            }
        }
        legacy.removeLocal(stream);
    }

    @Deprecated
    public List<MediaStream> getLocalStreams() {
        return legacy.local();
    }

    /** The remote streams, grouped from the track events' stream ids. */
    @Deprecated
    public List<MediaStream> getRemoteStreams() {
        return legacy.remote();
    }

    /** A local or remote stream with this id. */
    @Deprecated
    public Optional<MediaStream> getStreamById(String id) {
        return java.util.stream.Stream.concat(legacy.local().stream(), legacy.remote().stream())
                .filter(s -> s.id().equals(id)).findFirst();
    }

    /** Fires when the first track of a new remote stream arrives. */
    @Deprecated
    public void onAddStream(Consumer<MediaStream> handler) {
        legacy.addStream.set(handler);
    }

    /** Fires when the last track of a remote stream ended. */
    @Deprecated
    public void onRemoveStream(Consumer<MediaStream> handler) {
        legacy.removeStream.set(handler);
    }

    /** Callback-style {@link #createOffer(RTCOfferOptions)}. */
    @Deprecated
    public void createOffer(Consumer<RTCSessionDescription> success, Consumer<RTCException> failure,
            RTCOfferOptions options) {
        callback(createOffer(options), success, failure);
    }

    /** Callback-style {@link #createOffer()}. */
    @Deprecated
    public void createOffer(Consumer<RTCSessionDescription> success, Consumer<RTCException> failure) {
        callback(createOffer(), success, failure);
    }

    /** Callback-style {@link #createAnswer()}. */
    @Deprecated
    public void createAnswer(Consumer<RTCSessionDescription> success, Consumer<RTCException> failure) {
        callback(createAnswer(), success, failure);
    }

    /** Callback-style {@link #setLocalDescription(RTCSessionDescription)}. */
    @Deprecated
    public void setLocalDescription(RTCSessionDescription description, Runnable success, Consumer<RTCException> failure) {
        callback(setLocalDescription(description), v -> success.run(), failure);
    }

    /** Callback-style {@link #setRemoteDescription(RTCSessionDescription)}. */
    @Deprecated
    public void setRemoteDescription(RTCSessionDescription description, Runnable success,
            Consumer<RTCException> failure) {
        callback(setRemoteDescription(description), v -> success.run(), failure);
    }

    /** Callback-style {@link #addIceCandidate(RTCIceCandidate)}. */
    @Deprecated
    public void addIceCandidate(RTCIceCandidate candidate, Runnable success, Consumer<RTCException> failure) {
        callback(addIceCandidate(candidate), v -> success.run(), failure);
    }

    private static <T> void callback(CompletableFuture<T> f, Consumer<T> success, Consumer<RTCException> failure) {
        f.whenComplete((v, e) -> {
            if (e == null) {
                success.accept(v);
            } else {
                Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                        ? e.getCause() : e;
                failure.accept(cause instanceof RTCException r ? r
                        : new RTCException(RTCErrorName.OPERATION_ERROR, String.valueOf(cause.getMessage()), cause));
            }
        });
    }

    // ---- plumbing

    /** Runs an operation on the serial context (the W3C operations chain). */
    private <T> CompletableFuture<T> operation(Supplier<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        if (states.closed) {
            f.completeExceptionally(closedError());
            return f;
        }
        context.execute(() -> {
            if (states.closed) {
                f.completeExceptionally(closedError());
                return;
            }
            T value;
            try {
                value = work.get();
            } catch (RTCException e) {
                f.completeExceptionally(e);
                return;
            } catch (RuntimeException e) {
                f.completeExceptionally(new RTCException(RTCErrorName.OPERATION_ERROR,
                        "the operation failed: " + e.getMessage(), e));
                return;
            }
            f.complete(value);
        });
        return f;
    }

    private void requireOpen() {
        if (states.closed) {
            throw closedError();
        }
    }

    private static RTCException closedError() {
        return new RTCException(RTCErrorName.INVALID_STATE_ERROR, "The RTCPeerConnection is closed; create a new one");
    }

    PeerStates states() {
        return states;
    }

    @Override
    public String toString() {
        return "RTCPeerConnection[" + signalingState() + ", " + connectionState() + "]";
    }
}
