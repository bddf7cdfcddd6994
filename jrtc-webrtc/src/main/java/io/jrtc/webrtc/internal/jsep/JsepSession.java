package io.jrtc.webrtc.internal.jsep;

import io.jrtc.ice.IceCredentials;
import io.jrtc.sdp.Codec;
import io.jrtc.sdp.ExtMap;
import io.jrtc.sdp.MediaDescription;
import io.jrtc.sdp.Origin;
import io.jrtc.sdp.SessionDescription;
import io.jrtc.sdp.Setup;
import io.jrtc.webrtc.RTCErrorName;
import io.jrtc.webrtc.RTCException;
import io.jrtc.webrtc.RTCOfferOptions;
import io.jrtc.webrtc.RTCRtpTransceiverDirection;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import io.jrtc.webrtc.RTCSignalingState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * JSEP (RFC 9429) for one peer connection, sans IO: the signaling state machine, offer and answer
 * generation, and applying local and remote descriptions, with the W3C rules for each step
 * (WebRTC 1.0 section 4.4.1). No sockets, threads or clocks; the engine calls it on the
 * connection's serial context and acts on what it returns.
 */
public final class JsepSession {
    /** The SCTP port every browser uses (RFC 8841 section 5). */
    public static final int SCTP_PORT = 5000;

    private final JsepConfig config;
    private final SessionDescriptions descriptions = new SessionDescriptions();
    private final List<JsepTransceiver> transceivers = new ArrayList<>();
    private final MidAllocator mids = new MidAllocator();
    private final Origin origin = Origin.newSession();
    /** The RTCP CNAME of every stream this side sends (RFC 7022: random, per connection). */
    private final String cname;
    private final java.util.Set<Long> usedSsrcs = new java.util.HashSet<>();
    private long version = 1;
    private boolean dataWanted;

    /** The sections of the last completed negotiation. */
    private List<MSection> plan = List.of();
    /** The sections of the pending offer (local or remote), or null in stable. */
    private List<MSection> pendingPlan;
    private List<JsepTransceiver> pendingCreated = List.of();
    private List<JsepTransceiver> pendingMidAssigned = List.of();

    private IceCredentials localIce;
    /** New credentials for an ICE restart, used from the next description on until applied. */
    private IceCredentials restartIce;
    /** restartIce() was called; the credentials come with the next offer. */
    private boolean restartRequested;
    private IceCredentials pendingIce;

    /** Where restart credentials come from: the engine's ICE layer, so descriptions carry what ICE uses. */
    private java.util.function.Supplier<IceCredentials> restartSource;

    private String lastOffer;
    /** {@link #lastOffer} as written, so that applying it needs no parse. */
    private SessionDescription lastOfferParsed;
    private List<MSection> lastOfferPlan;
    private IceCredentials lastOfferIce;
    private String lastAnswer;
    private SessionDescription lastAnswerParsed;
    private IceCredentials lastAnswerIce;

    /** A session in {@code stable} with new ICE credentials. */
    public JsepSession(JsepConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.localIce = IceCredentials.random(config.random());
        this.cname = IceCredentials.random(config.random()).pwd().substring(0, 16);
    }

    // ---- state -------------------------------------------------------------------------------

    /** W3C {@code signalingState}. */
    public RTCSignalingState signalingState() {
        return descriptions.state();
    }

    /** The four descriptions. */
    public SessionDescriptions descriptions() {
        return descriptions;
    }

    /** The transceivers, in the order they were added (W3C {@code getTransceivers()}). */
    public List<JsepTransceiver> transceivers() {
        return List.copyOf(transceivers);
    }

    /**
     * The ICE ufrag the local description shows (the first one written in it), or null without a
     * local description.
     */
    public String localDescriptionUfrag() {
        SessionDescription local = descriptions.parsedLocal();
        if (local == null) {
            return null;
        }
        Optional<String> ufrag = local.iceUfrag();
        for (int i = 0; ufrag.isEmpty() && i < local.media().size(); i++) {
            ufrag = local.media().get(i).iceUfrag();
        }
        return ufrag.orElse(null);
    }

    /** The ICE credentials of the applied local description. */
    public IceCredentials localIceCredentials() {
        return localIce;
    }

    // ---- changes the application makes ------------------------------------------------------

    /**
     * Adds a transceiver with the default codecs (W3C {@code addTransceiver}, or {@code addTrack}
     * when {@code fromAddTrack}).
     *
     * @throws RTCException InvalidStateError if closed
     */
    public JsepTransceiver addTransceiver(MediaKind kind, RTCRtpTransceiverDirection direction, List<String> streamIds,
            boolean fromAddTrack) {
        requireOpen();
        if (direction == RTCRtpTransceiverDirection.STOPPED) {
            throw new RTCException(RTCErrorName.TYPE_ERROR, "a new transceiver cannot be \"stopped\"; use sendrecv,"
                    + " sendonly, recvonly or inactive");
        }
        JsepTransceiver t = newTransceiver(kind, direction, streamIds, fromAddTrack);
        transceivers.add(t);
        return t;
    }

    private JsepTransceiver newTransceiver(MediaKind kind, RTCRtpTransceiverDirection direction,
            List<String> streamIds, boolean fromAddTrack) {
        return new JsepTransceiver(kind, direction, DefaultCapabilities.codecs(kind),
                DefaultCapabilities.headerExtensions(kind), trackId(), streamIds, fromAddTrack, newSsrc(),
                kind == MediaKind.VIDEO ? newSsrc() : 0);
    }

    /** A random SSRC (RFC 3550 section 8.1), non-zero and unlike the others this side uses. */
    private long newSsrc() {
        long ssrc;
        do {
            ssrc = config.random().nextInt() & 0xFFFFFFFFL;
        } while (ssrc == 0 || !usedSsrcs.add(ssrc));
        return ssrc;
    }

    private String trackId() {
        return new UUID(config.random().nextLong(), config.random().nextLong()).toString();
    }

    /** Asks for a data section in the next offer (the first {@code createDataChannel}). */
    public void requestDataChannel() {
        dataWanted = true;
    }

    /**
     * W3C {@code restartIce()}: the next offer carries new ICE credentials. They are made (and ICE
     * restarted, through {@link #restartCredentialsFrom}) when that offer is created, so a restart
     * that is never negotiated does not leave ICE on credentials the peer never learns.
     */
    public void restartIce() {
        if (restartIce == null) {
            restartRequested = true;
        }
    }

    /** Makes the restart credentials now (an offer is being created, or the peer restarted). */
    private void beginRestart() {
        restartRequested = false;
        if (restartIce == null) {
            IceCredentials fresh = restartSource == null ? null : restartSource.get();
            restartIce = fresh != null ? fresh : IceCredentials.random(config.random());
        }
    }

    /**
     * Takes restart credentials from {@code source} (the ICE layer restarting) rather than making
     * them up; a null from it falls back to random ones (no ICE layer yet).
     */
    public void restartCredentialsFrom(java.util.function.Supplier<IceCredentials> source) {
        this.restartSource = source;
    }

    /**
     * W3C "check if negotiation is needed" (WebRTC 1.0 section 4.7.3), simplified to what this
     * model tracks: in {@code stable}, a data channel or transceiver not yet negotiated, a stopping
     * transceiver, a changed direction, or a requested ICE restart.
     */
    public boolean isNegotiationNeeded() {
        return NegotiationNeeded.check(descriptions, transceivers, plan, dataWanted,
                restartIce != null || restartRequested);
    }

    // ---- offers and answers -----------------------------------------------------------------

    /**
     * W3C {@code createOffer} (RFC 9429 section 5.2).
     *
     * @throws RTCException InvalidStateError if closed
     */
    public RTCSessionDescription createOffer(RTCOfferOptions options) {
        requireOpen();
        applyLegacyOptions(options);
        if (options.iceRestart() || restartRequested) {
            beginRestart();
        }
        IceCredentials ice = restartIce != null ? restartIce : localIce;
        List<MSection> base = pendingPlan != null && descriptions.state() == RTCSignalingState.HAVE_LOCAL_OFFER
                ? pendingPlan : plan;
        List<MSection> offerPlan = OfferPlanner.plan(base, transceivers, dataWanted, mids);
        boolean initial = descriptions.currentRemote().isEmpty();
        SessionDescription sdp = OfferWriter.write(origin.withSessionVersion(version++), offerPlan,
                new SectionWriter.Transport(ice, config.fingerprints(), OfferWriter.OFFER_SETUP),
                config.bundlePolicy(), initial, SCTP_PORT, config.maxMessageSize(), cname);
        lastOffer = sdp.toString();
        lastOfferParsed = sdp;
        lastOfferPlan = offerPlan;
        lastOfferIce = ice;
        return RTCSessionDescription.of(RTCSdpType.OFFER, lastOffer);
    }

    /** The legacy offerToReceiveAudio/Video steps (WebRTC 1.0 section 11.2, createOffer legacy). */
    private void applyLegacyOptions(RTCOfferOptions options) {
        options.offerToReceiveAudio().ifPresent(v -> offerToReceive(MediaKind.AUDIO, v));
        options.offerToReceiveVideo().ifPresent(v -> offerToReceive(MediaKind.VIDEO, v));
    }

    private void offerToReceive(MediaKind kind, boolean receive) {
        List<JsepTransceiver> ofKind = transceivers.stream().filter(t -> t.kind() == kind && !t.isStopping()).toList();
        if (!receive) {
            for (JsepTransceiver t : ofKind) {
                if (t.direction() == RTCRtpTransceiverDirection.SENDRECV) {
                    t.setDirection(RTCRtpTransceiverDirection.SENDONLY);
                } else if (t.direction() == RTCRtpTransceiverDirection.RECVONLY) {
                    t.setDirection(RTCRtpTransceiverDirection.INACTIVE);
                }
            }
        } else if (ofKind.stream().noneMatch(t -> Directions.receives(t.direction()))) {
            addTransceiver(kind, RTCRtpTransceiverDirection.RECVONLY, List.of(), false);
        }
    }

    /**
     * W3C {@code createAnswer} (RFC 9429 section 5.3).
     *
     * @throws RTCException InvalidStateError unless a remote offer is applied and not yet answered
     */
    public RTCSessionDescription createAnswer() {
        requireOpen();
        RTCSignalingState s = descriptions.state();
        if (s != RTCSignalingState.HAVE_REMOTE_OFFER && s != RTCSignalingState.HAVE_LOCAL_PRANSWER) {
            throw new RTCException(RTCErrorName.INVALID_STATE_ERROR, "createAnswer needs a remote offer, but the"
                    + " signaling state is " + s + "; call setRemoteDescription(offer) first");
        }
        SessionDescription offer = descriptions.parsedPendingRemote();
        IceCredentials ice = restartIce != null ? restartIce : localIce;
        Setup offered = firstLive(offer).flatMap(MediaDescription::setup).orElse(Setup.ACTPASS);
        Optional<Boolean> client = negotiatedTransport().map(NegotiatedTransport::dtlsClient);
        SessionDescription sdp = AnswerWriter.write(origin.withSessionVersion(version++), offer, pendingPlan,
                new SectionWriter.Transport(ice, config.fingerprints(), AnswerWriter.answerSetup(offered, client)),
                config.bundlePolicy(), SCTP_PORT, config.maxMessageSize(), cname);
        lastAnswer = sdp.toString();
        lastAnswerParsed = sdp;
        lastAnswerIce = ice;
        return RTCSessionDescription.of(RTCSdpType.ANSWER, lastAnswer);
    }

    // ---- applying descriptions --------------------------------------------------------------

    /**
     * W3C {@code setLocalDescription()} without arguments: creates the offer or answer the state
     * calls for and applies it.
     *
     * @return the description applied
     */
    public RTCSessionDescription setLocalDescription() {
        RTCSignalingState s = descriptions.state();
        boolean offer = s == RTCSignalingState.STABLE || s == RTCSignalingState.HAVE_LOCAL_OFFER
                || s == RTCSignalingState.HAVE_REMOTE_PRANSWER;
        return setLocalDescription(RTCSessionDescription.of(offer ? RTCSdpType.OFFER : RTCSdpType.ANSWER, ""));
    }

    /**
     * W3C {@code setLocalDescription(description)}. An empty SDP means the last created offer or
     * answer (made now if there is none).
     *
     * @return the description applied
     * @throws RTCException InvalidStateError if the type is not allowed in this state;
     *     InvalidModificationError if the SDP is not the one createOffer/createAnswer returned
     */
    public RTCSessionDescription setLocalDescription(RTCSessionDescription description) {
        requireOpen();
        RTCSdpType type = description.type();
        descriptions.check(true, type);
        if (type == RTCSdpType.ROLLBACK) {
            rollback();
            return description;
        }
        boolean offer = type == RTCSdpType.OFFER;
        String sdp = description.sdp();
        if (sdp.isEmpty()) {
            // W3C: the last created one, or a new one if it no longer matches the transceivers;
            // a new one always matches them.
            sdp = offer ? createOffer(RTCOfferOptions.defaults()).sdp() : createAnswer().sdp();
        } else if (!sdp.equals(offer ? lastOffer : lastAnswer)) {
            throw new RTCException(RTCErrorName.INVALID_MODIFICATION_ERROR, "The " + type + " SDP is not the one "
                    + (offer ? "createOffer" : "createAnswer") + " last returned; SDP munging is not supported,"
                    + " so pass that description unchanged (or call setLocalDescription() without arguments)");
        }
        RTCSessionDescription applied = RTCSessionDescription.of(type, sdp);
        // sdp is the text of lastOffer or lastAnswer (created above, or checked equal to it).
        if (offer) {
            descriptions.apply(true, applied, lastOfferParsed);
            pendingPlan = lastOfferPlan;
            pendingIce = lastOfferIce;
            pendingCreated = List.of();
            List<JsepTransceiver> assigned = new ArrayList<>();
            for (MSection s : pendingPlan) {
                mids.markUsed(s.mid());
                if (s.transceiver() != null && s.transceiver().mid().isEmpty()) {
                    s.transceiver().setMid(s.mid());
                    assigned.add(s.transceiver());
                }
            }
            pendingMidAssigned = assigned;
        } else {
            SessionDescription answer = lastAnswerParsed;
            descriptions.apply(true, applied, answer);
            if (type == RTCSdpType.ANSWER) {
                completeAsAnswerer(answer);
                adoptIce(lastAnswerIce);
            }
        }
        forgetCreated();
        return applied;
    }

    /**
     * W3C {@code setRemoteDescription(description)}. A remote offer in {@code have-local-offer}
     * first rolls the local offer back (the polite peer of perfect negotiation).
     *
     * @throws RTCException OperationError with {@code sdp-syntax-error} for SDP that does not
     *     parse; InvalidStateError if the type is not allowed in this state; InvalidAccessError if
     *     the description cannot be applied (see {@link RemoteDescriptionValidator})
     */
    public RemoteUpdate setRemoteDescription(RTCSessionDescription description) {
        requireOpen();
        RTCSdpType type = description.type();
        if (type == RTCSdpType.ROLLBACK) {
            descriptions.check(false, type);
            rollback();
            return RemoteUpdate.NONE;
        }
        SessionDescription sdp = RemoteDescriptionValidator.parse(description.sdp());
        boolean implicitRollback = SignalingTransitions.needsImplicitRollback(descriptions.state(), type);
        if (!implicitRollback) {
            descriptions.check(false, type);
        }
        SessionDescription localOffer = type == RTCSdpType.OFFER ? null
                : java.util.Objects.requireNonNull(descriptions.parsedPendingLocal());
        RemoteDescriptionValidator.validate(sdp, type, localOffer, config.bundlePolicy());
        if (implicitRollback) {
            rollback();
        }
        RTCSessionDescription applied = RTCSessionDescription.of(type, description.sdp());
        forgetCreated();
        if (type == RTCSdpType.OFFER) {
            return applyRemoteOffer(sdp, applied, implicitRollback);
        }
        descriptions.apply(false, applied, sdp);
        List<JsepTransceiver> receiving = type == RTCSdpType.ANSWER ? completeAsOfferer(sdp) : List.of();
        if (type == RTCSdpType.ANSWER) {
            adoptIce(pendingIce);
        }
        return new RemoteUpdate(List.of(), receiving, false, false);
    }

    private RemoteUpdate applyRemoteOffer(SessionDescription sdp, RTCSessionDescription applied, boolean rolledBack) {
        boolean restart = isRemoteIceRestart(sdp);
        RemoteOfferAssociation.Result r = RemoteOfferAssociation.associate(sdp, transceivers, kind -> {
            JsepTransceiver t = newTransceiver(kind, RemoteOfferAssociation.CREATED_DIRECTION, List.of(), false);
            transceivers.add(t);
            return t;
        });
        descriptions.apply(false, applied, sdp);
        pendingPlan = r.plan();
        pendingCreated = r.created();
        pendingMidAssigned = r.midAssigned();
        pendingPlan.forEach(s -> mids.markUsed(s.mid()));
        if (restart) {
            beginRestart();
        }
        rememberRemoteStreams(pendingPlan, sdp);
        List<JsepTransceiver> receiving = new ArrayList<>();
        for (int i = 0; i < pendingPlan.size(); i++) {
            JsepTransceiver t = pendingPlan.get(i).transceiver();
            if (t != null && !t.isStopping() && sdp.media().get(i).direction().sends()
                    && !t.currentDirection().map(Directions::receives).orElse(false)) {
                receiving.add(t);
            }
        }
        return new RemoteUpdate(r.created(), receiving, restart, rolledBack);
    }

    /** True if the remote offer's credentials differ from the current remote ones (RFC 8839 section 4.4.1.1.1). */
    private boolean isRemoteIceRestart(SessionDescription offer) {
        Optional<String> now = Optional.ofNullable(descriptions.parsedCurrentRemote())
                .flatMap(JsepSession::firstLive)
                .flatMap(MediaDescription::iceUfrag);
        Optional<String> next = firstLive(offer).flatMap(MediaDescription::iceUfrag);
        return now.isPresent() && next.isPresent() && !now.equals(next);
    }

    /** The local answer was applied: the negotiation is complete on the answerer's side. */
    private void completeAsAnswerer(SessionDescription answer) {
        for (int i = 0; i < pendingPlan.size(); i++) {
            MSection s = pendingPlan.get(i);
            MediaDescription m = answer.media().get(i);
            finishSection(s, m, Directions.fromSdp(m.direction()));
        }
        finishNegotiation();
    }

    /** Records the SSRCs and stream ids the remote side announces for each transceiver's section. */
    private static void rememberRemoteStreams(List<MSection> sections, SessionDescription remote) {
        for (int i = 0; i < sections.size(); i++) {
            JsepTransceiver t = sections.get(i).transceiver();
            if (t != null) {
                MediaDescription m = remote.media().get(i);
                t.remote(m.ssrcs().stream().map(io.jrtc.sdp.Ssrc::ssrc).distinct().toList(),
                        m.msids().stream().map(io.jrtc.sdp.Msid::streamId).filter(id -> !id.equals("-")).toList());
            }
        }
    }

    /** The remote answer was applied: the negotiation is complete on the offerer's side. */
    private List<JsepTransceiver> completeAsOfferer(SessionDescription answer) {
        rememberRemoteStreams(pendingPlan, answer);
        List<JsepTransceiver> receiving = new ArrayList<>();
        for (int i = 0; i < pendingPlan.size(); i++) {
            MSection s = pendingPlan.get(i);
            MediaDescription m = answer.media().get(i);
            JsepTransceiver t = s.transceiver();
            boolean wasReceiving = t != null && t.currentDirection().map(Directions::receives).orElse(false);
            RTCRtpTransceiverDirection current = Directions.fromSdp(m.direction().reversed());
            finishSection(s, m, current);
            if (t != null && !t.isStopped() && Directions.receives(current) && !wasReceiving) {
                receiving.add(t);
            }
        }
        finishNegotiation();
        return receiving;
    }

    private void finishSection(MSection s, MediaDescription m, RTCRtpTransceiverDirection current) {
        JsepTransceiver t = s.transceiver();
        if (t == null) {
            return;
        }
        if (m.isRejected() || t.isStopping()) {
            t.markStopped();
            return;
        }
        List<Codec> codecs = CodecNegotiation.intersect(m.codecs(), offeredCodecs(t));
        List<ExtMap> extensions = CodecNegotiation.intersectExtensions(m.extMaps(), t.headerExtensions());
        t.negotiated(current, codecs, extensions);
    }

    private static List<Codec> offeredCodecs(JsepTransceiver t) {
        return t.negotiatedCodecs().isEmpty() ? t.codecPreferences() : t.negotiatedCodecs();
    }

    private void finishNegotiation() {
        List<MSection> done = new ArrayList<>();
        for (MSection s : pendingPlan) {
            if (s.transceiver() != null && s.transceiver().isStopped()) {
                done.add(new MSection(s.mid(), s.media(), s.protocol(), s.formats(), null, false));
            } else {
                done.add(s);
            }
        }
        plan = List.copyOf(done);
        pendingPlan = null;
        pendingCreated = List.of();
        pendingMidAssigned = List.of();
        // W3C: stopped transceivers leave the set once the negotiation that stopped them completes.
        transceivers.removeIf(JsepTransceiver::isStopped);
    }

    private void adoptIce(IceCredentials ice) {
        if (ice != null) {
            if (ice.equals(restartIce)) {
                restartIce = null;
            }
            localIce = ice;
        }
        pendingIce = null;
    }

    /** Created offers and answers describe a state that has now changed; they may not be applied. */
    private void forgetCreated() {
        lastOffer = null;
        lastOfferParsed = null;
        lastAnswer = null;
        lastAnswerParsed = null;
    }

    /** Undoes the pending offer (WebRTC 1.0 section 4.4.1.5, rollback steps). */
    private void rollback() {
        forgetCreated();
        for (JsepTransceiver t : pendingMidAssigned) {
            t.setMid(null);
        }
        transceivers.removeAll(pendingCreated);
        pendingPlan = null;
        pendingCreated = List.of();
        pendingMidAssigned = List.of();
        pendingIce = null;
        // Either side may roll back either kind of pending offer (WebRTC 1.0 section 4.4.1.5).
        descriptions.apply(true, RTCSessionDescription.of(RTCSdpType.ROLLBACK, ""));
    }

    /**
     * Whether to keep the parsed form of each description, as during setup (the default), or only
     * its text, for less memory once the connection is established; a later negotiation then
     * parses them as it needs them.
     */
    public void keepParsedDescriptions(boolean keep) {
        descriptions.keepParsed(keep);
    }

    /** W3C {@code close()}: every later call fails with InvalidStateError. */
    public void close() {
        descriptions.close();
        transceivers.forEach(JsepTransceiver::markStopped);
    }

    private void requireOpen() {
        if (descriptions.state() == RTCSignalingState.CLOSED) {
            throw new RTCException(RTCErrorName.INVALID_STATE_ERROR,
                    "The RTCPeerConnection is closed; create a new one");
        }
    }

    // ---- trickle ICE -------------------------------------------------------------------------

    /**
     * W3C {@code addIceCandidate}: checks a remote candidate against the remote description and
     * adds it to that description's text.
     *
     * @return the candidate for the ICE agent, or empty for end-of-candidates
     * @throws RTCException InvalidStateError without a remote description (or when closed);
     *     OperationError if no m= section has its sdpMid or sdpMLineIndex, its usernameFragment is
     *     from another ICE generation, or the line does not parse
     */
    public Optional<io.jrtc.ice.IceCandidate> addRemoteCandidate(io.jrtc.webrtc.RTCIceCandidate candidate) {
        requireOpen();
        return CandidateTrickle.addRemote(descriptions, candidate);
    }

    /**
     * A locally gathered candidate (or null for end-of-candidates): added to the local
     * description's first transport section and returned as the {@code icecandidate} event carries
     * it, with sdpMid, sdpMLineIndex and the local ufrag.
     *
     * @return empty if there is no local description with a transport to add it to
     */
    public Optional<io.jrtc.webrtc.RTCIceCandidate> addLocalCandidate(io.jrtc.ice.IceCandidate candidate) {
        return CandidateTrickle.addLocal(descriptions, candidate);
    }

    // ---- what the engine needs ---------------------------------------------------------------

    /**
     * The transport both sides agree on, once a negotiation has completed (current local and remote
     * descriptions exist).
     */
    public Optional<NegotiatedTransport> negotiatedTransport() {
        return TransportAgreement.of(descriptions, localIce);
    }

    static Optional<MediaDescription> firstLive(SessionDescription sdp) {
        return TransportAgreement.firstLive(sdp);
    }
}
