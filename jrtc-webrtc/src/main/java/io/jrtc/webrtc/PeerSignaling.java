package io.jrtc.webrtc;

import io.jrtc.ice.IceCandidate;
import io.jrtc.webrtc.internal.engine.EngineEvent;
import io.jrtc.webrtc.internal.jsep.JsepSession;
import io.jrtc.webrtc.internal.jsep.RemoteUpdate;
import io.jrtc.webrtc.internal.net.EngineConnection;
import io.jrtc.webrtc.internal.net.EngineListener;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offer/answer side of one peer connection on its serial context: runs each W3C operation on
 * the JSEP session, tells the transport what a completed negotiation agreed on, keeps the
 * snapshots in {@link PeerStates} and fires the state events, including negotiationneeded
 * (WebRTC 1.0 section 4.7.3).
 */
final class PeerSignaling implements EngineListener {
    private static final Logger LOG = LoggerFactory.getLogger(PeerSignaling.class);

    private final JsepSession jsep;
    private final PeerContext context;
    private final PeerStates states;
    private final PeerEvents events;
    private final DataChannelSet channels;
    private MediaSet media;
    private PeerTransports transports;
    private PeerTransport transport;
    private final java.util.concurrent.Executor serial;
    private boolean negotiationNeeded;
    private boolean everSetLocal;

    PeerSignaling(JsepSession jsep, PeerContext context, PeerStates states, PeerEvents events, DataChannelSet channels,
            java.util.concurrent.Executor serial) {
        this.jsep = jsep;
        this.context = context;
        this.states = states;
        this.events = events;
        this.channels = channels;
        this.serial = serial;
    }

    void transports(PeerTransports t) {
        this.transports = t;
    }

    void media(MediaSet m) {
        this.media = m;
    }

    void transport(PeerTransport t) {
        this.transport = t;
        jsep.restartCredentialsFrom(t::restart);
        // Queued ahead of every operation, so the pool's engine exists before the first description.
        context.execute(() -> {
            try {
                t.prepare(jsep.localIceCredentials(), serial);
            } catch (RTCException e) {
                LOG.debug("the candidate pool could not start: {}", e.getMessage());
            }
        });
    }

    /** setConfiguration applied a new configuration (serial context). */
    void reconfigured(RTCConfiguration before, RTCConfiguration after) {
        if (!states.closed) {
            try {
                transport.reconfigured(before, after, jsep.localIceCredentials(), serial);
            } catch (RTCException e) {
                LOG.debug("the candidate pool could not restart: {}", e.getMessage());
            }
        }
    }

    boolean localDescriptionSet() {
        return everSetLocal;
    }

    // ---- operations (serial context)

    RTCSessionDescription createOffer(RTCOfferOptions options) {
        return jsep.createOffer(options);
    }

    RTCSessionDescription createAnswer() {
        return jsep.createAnswer();
    }

    /** W3C setLocalDescription; null means the parameterless form. */
    void setLocal(RTCSessionDescription description) {
        RTCSessionDescription applied = description == null ? jsep.setLocalDescription()
                : jsep.setLocalDescription(description);
        if (applied.type() != RTCSdpType.ROLLBACK) {
            everSetLocal = true;
            boolean offerer = applied.type() == RTCSdpType.OFFER;
            if (!transport.roleDecided()) {
                transports.ice().role(offerer ? RTCIceRole.CONTROLLING : RTCIceRole.CONTROLLED);
            }
            transport.ensure(jsep.localIceCredentials(), offerer, serial);
            refresh();
            transport.startGathering();
            // Like gathering, in a task of its own: the description resolves (and is signaled) first.
            context.execute(() -> {
                if (!states.closed) {
                    releaseHeld();
                }
            });
        }
        negotiated();
        refresh();
    }

    void setRemote(RTCSessionDescription description) {
        RemoteUpdate update = jsep.setRemoteDescription(description);
        if (description.type() == RTCSdpType.OFFER) {
            if (!transport.roleDecided()) {
                transports.ice().role(RTCIceRole.CONTROLLED);
            }
            transport.ensure(jsep.localIceCredentials(), false, serial);
        }
        if (description.type() != RTCSdpType.ROLLBACK) {
            states.canTrickle = Optional.of(description.sdp().contains("a=ice-options:trickle")
                    || description.sdp().contains("a=ice-options: trickle"));
        }
        LOG.trace("remote {} applied: {}", description.type(), update);
        if (update.iceRestart()) {
            transport.remoteRestarted(io.jrtc.sdp.SessionDescription.parse(description.sdp()));
        }
        negotiated();
        refresh();
        media.started(update.startedReceiving(), events.track::fire);
    }

    void addIceCandidate(RTCIceCandidate candidate) {
        Optional<IceCandidate> c = jsep.addRemoteCandidate(candidate);
        if (c.isPresent()) {
            remoteCandidates.add(candidate);
            transport.addRemoteCandidate(c.get());
        } else {
            transport.endOfRemoteCandidates();
        }
        refresh();
    }

    void restartIce() {
        jsep.restartIce();
        updateNegotiationNeeded();
    }

    void createDataChannel(RTCDataChannel channel) {
        jsep.requestDataChannel();
        context.engineWork(() -> channels.add(channel, context.engine(), context.now()));
        updateNegotiationNeeded();
    }

    void close() {
        jsep.close();
        channels.closeSilently();
        media.close();
        transport.close();
    }

    /** A completed negotiation: the transport gets the agreement; the first lets channels bind. */
    private void negotiated() {
        if (jsep.signalingState() != RTCSignalingState.STABLE) {
            return;
        }
        jsep.negotiatedTransport().ifPresent(t -> {
            if (t.remoteSctpPort().isPresent()) {
                states.sctpNegotiated = true;
                long remoteMax = t.remoteMaxMessageSize().orElse(65536);
                double local = transports.sctp().maxMessageSize();
                double remote = remoteMax == 0 ? Double.POSITIVE_INFINITY : remoteMax;
                transports.sctp().maxMessageSize(Math.min(local, remote));
            }
            if (transport.negotiated(t)) {
                context.engineWork(() -> channels.transportReady(context.engine(), context.now()));
            }
        });
    }

    /** Copies the descriptions and the signaling state out; fires signalingstatechange and negotiationneeded. */
    private void refresh() {
        media.sync();
        var d = jsep.descriptions();
        states.currentLocal = d.currentLocal();
        states.pendingLocal = d.pendingLocal();
        states.currentRemote = d.currentRemote();
        states.pendingRemote = d.pendingRemote();
        RTCSignalingState s = jsep.signalingState();
        boolean backToStable = s == RTCSignalingState.STABLE && states.signaling != RTCSignalingState.STABLE;
        if (s != states.signaling && !states.closed) {
            states.signaling = s;
            events.signalingStateChange.fire(s);
        }
        boolean neededBefore = negotiationNeeded;
        updateNegotiationNeeded();
        if (backToStable && neededBefore && negotiationNeeded) {
            // W3C WebRTC 1.0 §4.4.1.5: the flag was true before and after the update that the return
            // to stable made, so something changed while the offer was out: fire the event again.
            queueNegotiationNeeded();
        }
    }

    /** Local candidates of an ICE generation whose description is not applied yet (a restart's). */
    private final java.util.List<IceCandidate> held = new java.util.ArrayList<>();
    private boolean heldComplete;

    private void signalLocal(IceCandidate c) {
        Optional<RTCIceCandidate> shown = jsep.addLocalCandidate(c);
        refresh();
        shown.ifPresent(localCandidates::add);
        shown.ifPresent(events.iceCandidate::fire);
    }

    /** The ufrag of the local description, or null. */
    private String localUfrag() {
        return jsep.localDescriptionUfrag();
    }

    /** After a local description: the held candidates of its generation go out, then end-of-candidates. */
    private void releaseHeld() {
        String ufrag = localUfrag();
        if (held.isEmpty() || ufrag == null) {
            return;
        }
        java.util.List<IceCandidate> now = held.stream().filter(c -> ufrag.equals(c.ufrag().orElse(null))).toList();
        held.removeAll(now);
        now.forEach(this::signalLocal);
        if (held.isEmpty() && heldComplete) {
            heldComplete = false;
            jsep.addLocalCandidate(null);
            refresh();
            events.iceCandidate.fire(null);
        }
    }

    /** An ICE candidate as the W3C API shows it (no sdpMid: it belongs to the bundled transport). */
    private static RTCIceCandidate shown(io.jrtc.ice.IceCandidate c) {
        return RTCIceCandidate.builder().candidate(c.toString()).sdpMLineIndex(0).build();
    }

    /** Local candidates signaled and remote ones added, for stats. */
    final java.util.List<RTCIceCandidate> localCandidates = new java.util.concurrent.CopyOnWriteArrayList<>();
    final java.util.List<RTCIceCandidate> remoteCandidates = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** getStats() (serial context). */
    RTCStatsReport stats(RTCCertificate certificate, double timestampMillis) {
        io.jrtc.webrtc.internal.engine.EngineStats[] engine = new io.jrtc.webrtc.internal.engine.EngineStats[1];
        io.jrtc.ice.session.IceSessionStats[] session = new io.jrtc.ice.session.IceSessionStats[1];
        StatsCollector.IcePairs[] pairs = new StatsCollector.IcePairs[1];
        if (context.connection() != null && !states.closed) {
            context.engineWork(() -> {
                engine[0] = context.engine().stats();
                session[0] = context.engine().iceSessionStats();
                pairs[0] = new StatsCollector.IcePairs(context.engine().icePairStats(), context.now());
            });
        }
        return StatsCollector.collect(timestampMillis, new StatsCollector.Inputs(states, transports, certificate,
                channels, media, localCandidates, remoteCandidates, engine[0], session[0], pairs[0]));
    }

    /** A transceiver changed (direction, stop, new one): negotiation may be needed. */
    void transceiversChanged() {
        refresh();
    }

    /** WebRTC 1.0 section 4.7.3, "update the negotiation-needed flag". */
    void updateNegotiationNeeded() {
        if (states.closed || jsep.signalingState() != RTCSignalingState.STABLE) {
            return;
        }
        if (!jsep.isNegotiationNeeded()) {
            negotiationNeeded = false;
            return;
        }
        if (negotiationNeeded) {
            return;
        }
        negotiationNeeded = true;
        queueNegotiationNeeded();
    }

    /** Queued as a task, so the operation that caused it completes first. */
    private void queueNegotiationNeeded() {
        context.execute(() -> {
            if (!states.closed && negotiationNeeded && jsep.signalingState() == RTCSignalingState.STABLE) {
                events.negotiationNeeded.fire(null);
            }
        });
    }

    // ---- the engine's events (serial context)

    @Override
    public void onEvent(EngineConnection connection, EngineEvent event) {
        if (!states.closed) {
            context.within(() -> handle(event));
        }
    }

    private void handle(EngineEvent event) {
        switch (event) {
            case EngineEvent.LocalCandidate c -> {
                String generation = c.candidate().ufrag().orElse(null);
                if (generation != null && !generation.equals(localUfrag())) {
                    held.add(c.candidate()); // signaled with the description of its generation
                } else {
                    signalLocal(c.candidate());
                }
            }
            case EngineEvent.GatheringStateChanged g -> {
                RTCIceGatheringState s = RTCIceGatheringState.fromString(g.state().toString());
                if (s == RTCIceGatheringState.COMPLETE && !held.isEmpty()) {
                    heldComplete = true;
                    transports.ice().gatheringState(s);
                    if (s != states.gathering) {
                        states.gathering = s;
                        events.iceGatheringStateChange.fire(s);
                    }
                    return;
                }
                if (s == RTCIceGatheringState.COMPLETE) {
                    jsep.addLocalCandidate(null);
                    refresh();
                }
                transports.ice().gatheringState(s);
                if (s != states.gathering) {
                    states.gathering = s;
                    events.iceGatheringStateChange.fire(s);
                }
                if (s == RTCIceGatheringState.COMPLETE) {
                    events.iceCandidate.fire(null);
                }
            }
            case EngineEvent.IceStateChanged i -> {
                transports.ice().state(RTCIceTransportState.fromString(i.state().toString()), true);
                RTCIceConnectionState s = RTCIceConnectionState.fromString(i.state().toString());
                if (s != states.ice) {
                    states.ice = s;
                    events.iceConnectionStateChange.fire(s);
                }
            }
            case EngineEvent.DtlsStateChanged d -> {
                states.dtls = RTCDtlsTransportState.valueOf(d.state().name());
                transports.dtls().state(states.dtls, true);
            }
            case EngineEvent.StateChanged s -> {
                RTCPeerConnectionState p = RTCPeerConnectionState.fromString(s.state().toString());
                // Set up: the descriptions are seldom read from now on, so keep their text only.
                jsep.keepParsedDescriptions(p != RTCPeerConnectionState.CONNECTED);
                if (p != states.connection) {
                    states.connection = p;
                    events.connectionStateChange.fire(p);
                }
            }
            case EngineEvent.Failed f -> {
                states.failure = f.cause() + ": " + f.detail();
                LOG.debug("connection failed: {}", states.failure);
                switch (f.cause()) {
                    case FINGERPRINT_MISMATCH -> transports.dtls().failed(new RTCException(f.detail(),
                            RTCErrorDetailType.FINGERPRINT_FAILURE, -1, null));
                    case DTLS_ALERT, DTLS_TIMEOUT -> transports.dtls().failed(new RTCException(f.detail(),
                            RTCErrorDetailType.DTLS_FAILURE, -1, null));
                    default -> { }
                }
            }
            case EngineEvent.PeerClosed p -> LOG.debug("the peer closed DTLS");
            case EngineEvent.IceRoleChanged r -> transports.ice().role(
                    r.role() == io.jrtc.ice.IceRole.CONTROLLING ? RTCIceRole.CONTROLLING : RTCIceRole.CONTROLLED);
            case EngineEvent.SelectedPairChanged sp -> transports.ice().selected(new RTCIceCandidatePair(
                    shown(sp.pair().local()), shown(sp.pair().remote())));
            case EngineEvent.DataChannel dc -> {
                if (dc.event() instanceof io.jrtc.sctp.datachannel.DataChannelEvent.TransportClosed) {
                    states.sctp = RTCSctpTransportState.CLOSED;
                    transports.sctp().state(RTCSctpTransportState.CLOSED, true);
                } else if (dc.event() instanceof io.jrtc.sctp.datachannel.DataChannelEvent.Opened
                        || dc.event() instanceof io.jrtc.sctp.datachannel.DataChannelEvent.ChannelCreated) {
                    states.sctp = RTCSctpTransportState.CONNECTED;
                    transports.sctp().state(RTCSctpTransportState.CONNECTED, true);
                }
                channels.onEvent(dc.event());
            }
            case EngineEvent.RtpReceived r -> media.receive(r.ssrc(), r.packet(), r.arrivalNanos());
            case EngineEvent.RtcpReceived r -> media.receiveRtcp(r.packet(), r.arrivalNanos());
            case EngineEvent.CandidateError e -> events.iceCandidateError.fire(new RTCPeerConnectionIceErrorEvent(
                    Optional.ofNullable(e.address()), e.address() == null ? Optional.empty() : Optional.of(e.port()),
                    e.url(), e.errorCode(), e.errorText()));
            default -> LOG.trace("engine event {}", event.getClass().getSimpleName());
        }
    }
}
