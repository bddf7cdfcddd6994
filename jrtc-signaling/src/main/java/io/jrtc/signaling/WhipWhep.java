package io.jrtc.signaling;

import io.jrtc.signaling.internal.Answerer;
import io.jrtc.signaling.internal.EntityTags;
import io.jrtc.signaling.internal.HttpIo;
import io.jrtc.signaling.internal.HttpIo.HttpError;
import io.jrtc.signaling.internal.OfferShape;
import io.jrtc.signaling.internal.PayloadTypes;
import io.jrtc.signaling.internal.PeerSet;
import io.jrtc.signaling.internal.SdpFrag;
import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.MediaStreamTrack;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCException;
import io.jrtc.webrtc.RTCIceCandidate;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCPeerConnectionState;
import io.jrtc.webrtc.RTCRtpTransceiver;
import io.jrtc.webrtc.RTCRtpTransceiverDirection;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WHIP (RFC 9725) and WHEP endpoints: a publisher {@code POST}s an SDP offer to
 * {@code /whip/{stream}} and viewers {@code POST} theirs to {@code /whep/{stream}} (the stream name
 * is optional, default {@code live}); each gets {@code 201 Created} with the SDP answer (ICE
 * gathering complete), a {@code Location} naming its session, {@code /whip/{stream}/{id}} or
 * {@code /whep/{stream}/{id}}, and an {@code ETag} naming its ICE session (RFC 9725 section 4.3.1).
 * On a session, {@code PATCH} with {@code application/trickle-ice-sdpfrag} and
 * {@code If-Match: <the ETag>} adds candidates (204, section 4.3.2); with new ICE credentials and
 * {@code If-Match: *} it restarts ICE (200 with the new local credentials and candidates and a new
 * {@code ETag}, section 4.3.3). A PATCH without {@code If-Match} gets 428, one whose tag is not the
 * current one (e.g. trickle for an ICE session a restart replaced) 412. {@code DELETE} ends the
 * session; {@code GET} answers 204 with no content (section 4.1). An offer WHIP/WHEP cannot serve
 * whole (two tracks of a kind, a publisher offering to receive) gets 422 (section 4.4).
 *
 * <p>Every RTP packet the publisher sends is forwarded to every viewer of the stream, its payload
 * type mapped to the one the viewer negotiated for the same codec (packets of a codec the viewer
 * did not accept are dropped). Viewers may connect before the publisher. A viewer's key-frame
 * request (RTCP PLI or FIR) is forwarded to the publisher as a PLI for the same kind, so a viewer
 * that joins a running video stream, or loses packets, gets a key frame promptly.
 *
 * <p>Register with {@code route("/whip/*", w.whipHandler())} and {@code route("/whep/*", w.whepHandler())}.
 */
public final class WhipWhep implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WhipWhep.class);
    private static final int MAX_BODY = 256 * 1024;
    private static final Duration GATHER_TIMEOUT = Duration.ofSeconds(10);
    private static final String DEFAULT_STREAM = "live";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String METHODS = "GET, POST, PATCH, DELETE, OPTIONS";
    private static final String TRICKLE = "application/trickle-ice-sdpfrag";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RTCConfiguration configuration;
    private final JrtcSettings settings;
    private final PeerSet peers;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Stream> streams = new ConcurrentHashMap<>();
    private final Handler whip = handler(true);
    private final Handler whep = handler(false);

    /** Endpoints whose peer connections use this configuration and settings, at most {@code maxSessions} at once. */
    public WhipWhep(RTCConfiguration configuration, JrtcSettings settings, int maxSessions) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (maxSessions <= 0) {
            throw new IllegalArgumentException("maxSessions must be positive, not " + maxSessions);
        }
        this.peers = new PeerSet(maxSessions);
    }

    /** The WHIP handler, for {@code /whip/*}. */
    public Handler whipHandler() {
        return whip;
    }

    /** The WHEP handler, for {@code /whep/*}. */
    public Handler whepHandler() {
        return whep;
    }

    /** Live sessions (publishers and viewers). */
    public int sessionCount() {
        return sessions.size();
    }

    /** Viewers of {@code stream} now. */
    public int viewerCount(String stream) {
        Stream s = streams.get(stream);
        return s == null ? 0 : s.viewers.size();
    }

    /** Ends every session. */
    @Override
    public void close() {
        peers.close();
        sessions.clear();
        streams.clear();
    }

    /** One publisher or viewer. */
    private static final class Session {
        final String id;
        final String stream;
        final boolean publisher;
        final RTCPeerConnection pc;
        /** The last offer applied (an ICE restart re-applies it with new credentials). */
        volatile String offer;
        volatile String remoteUfrag;
        volatile String remotePwd;
        /** The strong entity-tag of the current ICE session (RFC 9725 section 4.3.1). */
        volatile String etag = EntityTags.fresh();
        /** PATCHes run one after another, so an If-Match check never races an ICE restart. */
        CompletableFuture<?> patches = CompletableFuture.completedFuture(null);
        /** A viewer's outgoing track per kind and its payload types. */
        final Map<String, MediaStreamTrack> tracks = new ConcurrentHashMap<>();
        volatile PayloadTypes types;

        Session(String id, String stream, boolean publisher, RTCPeerConnection pc, String offer) {
            this.id = id;
            this.stream = stream;
            this.publisher = publisher;
            this.pc = pc;
            this.offer = offer;
            SdpFrag ice = SdpFrag.parse(offer);
            this.remoteUfrag = ice.ufrag();
            this.remotePwd = ice.pwd();
            this.types = PayloadTypes.of(offer);
        }
    }

    /** A stream's publisher (at most one) and viewers. */
    private static final class Stream {
        volatile Session publisher;
        final Set<Session> viewers = ConcurrentHashMap.newKeySet();
    }

    private Handler handler(boolean isWhip) {
        String prefix = isWhip ? "/whip" : "/whep";
        return new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                HttpIo.cors(response, METHODS);
                try {
                    serve(isWhip, prefix, request, response, callback);
                } catch (HttpError e) {
                    HttpIo.refuse(request, response, callback, e);
                }
                return true;
            }
        };
    }

    private void serve(boolean isWhip, String prefix, Request request, Response response, Callback callback) throws HttpError {
        String path = request.getHttpURI().getCanonicalPath();
        String rest = path.length() <= prefix.length() ? "" : path.substring(prefix.length() + 1);
        String[] parts = rest.isEmpty() ? new String[0] : rest.split("/", -1);
        for (String p : parts) {
            if (!NAME.matcher(p).matches()) {
                throw new HttpError(404, "not-found", "no such resource: " + path);
            }
        }
        String method = request.getMethod();
        if (HttpMethod.OPTIONS.is(method)) {
            response.getHeaders().put("Accept-Post", "application/sdp");
            response.getHeaders().put("Accept-Patch", TRICKLE);
            HttpIo.send(response, callback, 200, null, null);
            return;
        }
        boolean get = HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method);
        if (parts.length <= 1) {
            if (get) {
                // RFC 9725 section 4.1: the endpoint has no representation; GET gets 2xx, no content.
                HttpIo.send(response, callback, 204, null, null);
                return;
            }
            if (!HttpMethod.POST.is(method)) {
                response.getHeaders().put("Allow", "GET, POST, OPTIONS");
                throw new HttpError(405, "method-not-allowed", method + " is not served on " + path + "; POST an SDP offer");
            }
            create(isWhip, prefix, parts.length == 0 ? DEFAULT_STREAM : parts[0], request, response, callback);
            return;
        }
        if (parts.length != 2) {
            throw new HttpError(404, "not-found", "no such resource: " + path);
        }
        Session s = sessions.get(parts[1]);
        if (s == null || s.publisher != isWhip || !s.stream.equals(parts[0])) {
            throw new HttpError(404, "no-such-session", "no session at " + path + " (it ended or never existed)");
        }
        if (HttpMethod.DELETE.is(method)) {
            // Any If-Match is ignored: ending a session needs no particular ICE session (section 4.3.1).
            end(s);
            HttpIo.send(response, callback, 200, null, null);
        } else if (HttpMethod.PATCH.is(method)) {
            patch(s, request, response, callback);
        } else if (get) {
            HttpIo.send(response, callback, 204, null, null);
        } else {
            response.getHeaders().put("Allow", "GET, PATCH, DELETE, OPTIONS");
            throw new HttpError(405, "method-not-allowed", method + " is not served on a session; PATCH or DELETE it");
        }
    }

    private void create(boolean isWhip, String prefix, String streamName, Request request, Response response, Callback callback)
            throws HttpError {
        if (!HttpIo.mediaType(request).equals("application/sdp")) {
            throw new HttpError(415, "unsupported-media-type", "POST the offer as application/sdp");
        }
        String body = HttpIo.readBody(request, MAX_BODY);
        if (!body.startsWith("v=0")) {
            throw new HttpError(400, "bad-offer", "the body is not an SDP offer (it must start with v=0)");
        }
        String unsupported = OfferShape.problem(body, isWhip);
        if (unsupported != null) {
            throw new HttpError(422, "unsupported-offer", unsupported);
        }
        String offer = body;
        Stream stream = streams.computeIfAbsent(streamName, k -> new Stream());
        if (isWhip && stream.publisher != null) {
            throw new HttpError(409, "already-published", "stream " + streamName + " has a publisher; DELETE its session first");
        }
        RTCPeerConnection pc = new RTCPeerConnection(configuration, settings);
        if (!peers.tryAdd(pc)) {
            pc.close();
            throw new HttpError(503, "too-many-sessions", "the server is at its limit of sessions; try later");
        }
        String id = HexFormat.of().formatHex(randomBytes());
        Session session = new Session(id, streamName, isWhip, pc, offer);
        if (isWhip) {
            synchronized (stream) {
                if (stream.publisher != null) {
                    peers.remove(pc);
                    throw new HttpError(409, "already-published", "stream " + streamName + " has a publisher; DELETE its session first");
                }
                stream.publisher = session;
            }
        }
        sessions.put(id, session);
        pc.addConnectionStateListener(st -> {
            if (st == RTCPeerConnectionState.FAILED || st == RTCPeerConnectionState.CLOSED) {
                end(session);
            }
        });
        Answerer.answer(pc, offer, GATHER_TIMEOUT, p -> prepareMedia(session, stream)).whenComplete((sdp, err) -> {
            if (err == null) {
                if (!isWhip) {
                    stream.viewers.add(session);
                }
                response.getHeaders().put("Location", prefix + "/" + streamName + "/" + id);
                response.getHeaders().put(HttpHeader.ETAG, session.etag);
                HttpIo.send(response, callback, 201, "application/sdp", sdp);
                return;
            }
            end(session);
            Throwable cause = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
            LOG.debug("{} offer refused", isWhip ? "WHIP" : "WHEP", cause);
            if (cause instanceof RTCException rtc) {
                HttpIo.sendError(response, callback, 400, "bad-offer", rtc.name() + ": " + rtc.getMessage());
            } else if (cause instanceof TimeoutException) {
                HttpIo.sendError(response, callback, 500, "gathering-timeout", "ICE gathering did not complete in time");
            } else {
                HttpIo.sendError(response, callback, 500, "internal-error", String.valueOf(cause.getMessage()));
            }
        });
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return b;
    }

    /** A publisher receives only; a viewer sends one track per offered kind, fed by the publisher. */
    private void prepareMedia(Session session, Stream stream) {
        for (RTCRtpTransceiver t : session.pc.getTransceivers()) {
            if (session.publisher) {
                t.direction(RTCRtpTransceiverDirection.RECVONLY);
                String kind = t.kind();
                t.receiver().track().onRtp(packet -> forward(stream, session, kind, packet));
            } else if (!session.tracks.containsKey(t.kind())) {
                MediaStreamTrack out = MediaStreamTrack.local(t.kind());
                String kind = t.kind();
                out.onKeyFrameRequest(() -> requestKeyFrame(stream, kind));
                t.sender().replaceTrack(out);
                t.direction(RTCRtpTransceiverDirection.SENDONLY);
                session.tracks.put(t.kind(), out);
            } else {
                t.direction(RTCRtpTransceiverDirection.INACTIVE);
            }
        }
    }

    /** A viewer asked for a key frame: ask the publisher's receivers of that kind (RFC 4585 §6.3.1 PLI). */
    private static void requestKeyFrame(Stream stream, String kind) {
        Session publisher = stream.publisher;
        if (publisher == null) {
            return;
        }
        for (RTCRtpTransceiver t : publisher.pc.getTransceivers()) {
            if (t.kind().equals(kind)) {
                t.receiver().requestKeyFrame();
            }
        }
    }

    /** One publisher packet to every viewer, with the viewer's payload type for the same codec. */
    private static void forward(Stream stream, Session publisher, String kind, byte[] packet) {
        if (packet.length < 12) {
            return;
        }
        int inPt = packet[1] & 0x7f;
        if (!publisher.types.isPrimary(kind, inPt)) {
            return;
        }
        String codec = publisher.types.codec(kind, inPt);
        for (Session viewer : stream.viewers) {
            MediaStreamTrack out = viewer.tracks.get(kind);
            int pt = viewer.types.payloadType(kind, codec);
            if (out == null || pt < 0) {
                continue;
            }
            byte[] copy = packet.clone();
            copy[1] = (byte) ((copy[1] & 0x80) | pt);
            try {
                out.writeRtp(copy);
            } catch (RuntimeException e) {
                LOG.trace("forwarding to a viewer failed: {}", e.getMessage());
            }
        }
    }

    private void end(Session s) {
        if (sessions.remove(s.id) == null) {
            return;
        }
        Stream stream = streams.get(s.stream);
        if (stream != null) {
            synchronized (stream) {
                if (stream.publisher == s) {
                    stream.publisher = null;
                }
                stream.viewers.remove(s);
                if (stream.publisher == null && stream.viewers.isEmpty()) {
                    streams.remove(s.stream, stream);
                }
            }
        }
        peers.remove(s.pc);
    }

    /**
     * RFC 9725 section 4.3: trickle (same credentials, 204) or ICE restart (new credentials, 200
     * with a new ETag). The body is checked here; the If-Match check and the change run in turn
     * with the session's other PATCHes.
     */
    private void patch(Session s, Request request, Response response, Callback callback) throws HttpError {
        if (!HttpIo.mediaType(request).equals(TRICKLE)) {
            response.getHeaders().put("Accept-Patch", TRICKLE);
            throw new HttpError(415, "unsupported-media-type", "PATCH takes " + TRICKLE);
        }
        // A field's list may span several field lines (RFC 9110 section 5.3).
        String ifMatch = String.join(",", request.getHeaders().getValuesList(HttpHeader.IF_MATCH));
        if (ifMatch.isBlank()) {
            // Section 4.3.1 with RFC 6585 section 3: a PATCH must name the ICE session it is for.
            throw new HttpError(428, "precondition-required",
                    "PATCH needs If-Match: the session's ETag for trickle ICE, or \"*\" for an ICE restart");
        }
        String body = HttpIo.readBody(request, MAX_BODY);
        String malformed = SdpFrag.firstMalformedLine(body);
        if (malformed != null) {
            throw new HttpError(400, "bad-sdpfrag", "not an SDP fragment line: " + malformed);
        }
        SdpFrag frag = SdpFrag.parse(body);
        synchronized (s) {
            s.patches = s.patches.handle((r, t) -> null)
                    .thenCompose(v -> applyPatch(s, ifMatch, frag, response, callback));
        }
    }

    /** One PATCH, once the session's earlier ones are done; always answers, never fails. */
    private CompletableFuture<Void> applyPatch(Session s, String ifMatch, SdpFrag frag, Response response, Callback callback) {
        if (!sessions.containsKey(s.id)) {
            HttpIo.sendError(response, callback, 404, "no-such-session", "the session ended");
            return CompletableFuture.completedFuture(null);
        }
        if (!EntityTags.ifMatch(ifMatch, s.etag)) {
            // RFC 9110 section 13.1.1: the candidates are for an ICE session that is no longer current.
            HttpIo.sendError(response, callback, 412, "precondition-failed",
                    "If-Match " + ifMatch + " is not the current ICE session's ETag; an ICE restart replaced it");
            return CompletableFuture.completedFuture(null);
        }
        boolean restart = frag.ufrag() != null && !frag.ufrag().equals(s.remoteUfrag);
        if (restart && frag.pwd() == null) {
            HttpIo.sendError(response, callback, 400, "bad-sdpfrag", "an ICE restart needs a=ice-pwd with the new a=ice-ufrag");
            return CompletableFuture.completedFuture(null);
        }
        if (!restart) {
            return addCandidates(s, frag).handle((v, err) -> {
                if (err != null) {
                    HttpIo.sendError(response, callback, 400, "bad-sdpfrag", String.valueOf(rootCause(err).getMessage()));
                } else {
                    HttpIo.send(response, callback, 204, null, null);
                }
                return null;
            });
        }
        // Section 4.3.3: the previous offer with the new credentials; the rest of the session stays.
        String offer = s.offer.replace("a=ice-ufrag:" + s.remoteUfrag, "a=ice-ufrag:" + frag.ufrag())
                .replace("a=ice-pwd:" + s.remotePwd, "a=ice-pwd:" + frag.pwd());
        return Answerer.answer(s.pc, offer, GATHER_TIMEOUT, pc -> { })
                .thenCompose(sdp -> {
                    s.offer = offer;
                    s.remoteUfrag = frag.ufrag();
                    s.remotePwd = frag.pwd();
                    s.etag = EntityTags.fresh();
                    // The restart has happened: a candidate jrtc cannot use is dropped, not an error.
                    return addCandidates(s, frag).handle((v, e) -> {
                        if (e != null) {
                            LOG.debug("a candidate of an ICE restart PATCH was dropped: {}", rootCause(e).getMessage());
                        }
                        return sdp;
                    });
                })
                .handle((sdp, err) -> {
                    if (err != null) {
                        // The session stays (section 4.3.3); the client may retry or DELETE it.
                        Throwable cause = rootCause(err);
                        LOG.debug("ICE restart refused", cause);
                        int status = cause instanceof RTCException ? 400 : 500;
                        HttpIo.sendError(response, callback, status, "ice-restart-failed", String.valueOf(cause.getMessage()));
                    } else {
                        response.getHeaders().put(HttpHeader.ETAG, s.etag);
                        HttpIo.send(response, callback, 200, TRICKLE, SdpFrag.fromSdp(sdp));
                    }
                    return null;
                });
    }

    private static Throwable rootCause(Throwable err) {
        return err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
    }

    private static CompletableFuture<Void> addCandidates(Session s, SdpFrag frag) {
        CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
        for (SdpFrag.Candidate c : frag.candidates()) {
            RTCIceCandidate candidate = RTCIceCandidate.of(c.candidate(), c.mid() == null ? "0" : c.mid(), c.mid() == null ? 0 : null);
            all = all.thenCompose(v -> s.pc.addIceCandidate(candidate));
        }
        return all;
    }
}
