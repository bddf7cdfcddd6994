package io.jrtc.signaling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jrtc.signaling.internal.Answerer;
import io.jrtc.signaling.internal.HttpIo;
import io.jrtc.signaling.internal.HttpIo.HttpError;
import io.jrtc.signaling.internal.Json;
import io.jrtc.signaling.internal.PayloadTypes;
import io.jrtc.signaling.internal.PeerSet;
import io.jrtc.signaling.internal.ProtocolException;
import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.MediaStreamTrack;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCException;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCRtpTransceiver;
import io.jrtc.webrtc.RTCRtpTransceiverDirection;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.concurrent.CompletionException;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The echo endpoint, a convention other stacks' test suites use: {@code POST} the JSON
 * {@code {"type":"offer","sdp":"..."}} and get {@code {"type":"answer","sdp":"..."}} back with ICE
 * gathering complete (every candidate inline, no trickle). On the resulting connection every
 * data-channel message is sent back on the same channel (text as text, binary as binary) and every
 * received audio or video track's RTP is sent back on the same transceiver (sendrecv); repair
 * packets (RTX, FEC) are not, as jrtc sends one SSRC per track.
 *
 * <p>A key-frame request (RTCP PLI or FIR) from the peer on an echoed track is forwarded to the
 * peer's own sender of that track as a PLI, since only its encoder can make a key frame.
 *
 * <p>Responses carry CORS headers for any origin and {@code OPTIONS} answers the preflight, so a
 * test page from another localhost origin can use it. Errors are {@code {"error","message"}} JSON
 * with a 4xx/5xx status.
 *
 * <pre>{@code
 * try (EchoEndpoint echo = new EchoEndpoint(RTCConfiguration.defaults(), JrtcSettings.defaults());
 *      SignalingServer server = SignalingServer.builder().route("/offer", echo.handler()).build().start()) { ... }
 * }</pre>
 */
public final class EchoEndpoint implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EchoEndpoint.class);
    /** An offer SDP is a few KB; 256 KB leaves room for many m-lines and candidates. */
    static final int MAX_BODY = 256 * 1024;
    private static final Duration GATHER_TIMEOUT = Duration.ofSeconds(10);
    private static final int DEFAULT_MAX_PEERS = 64;

    private final RTCConfiguration configuration;
    private final JrtcSettings settings;
    private final PeerSet peers;
    private final BiConsumer<RTCPeerConnection, RTCDataChannel> onChannel;
    private final Handler handler = new Handler.Abstract() {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            serve(request, response, callback);
            return true;
        }
    };

    /** An endpoint whose peer connections use this configuration and these settings (at most 64 at once). */
    public EchoEndpoint(RTCConfiguration configuration, JrtcSettings settings) {
        this(configuration, settings, DEFAULT_MAX_PEERS);
    }

    /** As above, with at most {@code maxPeers} live peer connections (more get 503). */
    public EchoEndpoint(RTCConfiguration configuration, JrtcSettings settings, int maxPeers) {
        this(configuration, settings, maxPeers, (pc, channel) -> echo(channel));
    }

    /**
     * The same answering service with another behaviour for data channels: {@code onChannel} gets
     * each channel the peer opens (the demo chats, hashes files and reports statistics this way);
     * media is still echoed.
     */
    public EchoEndpoint(RTCConfiguration configuration, JrtcSettings settings, int maxPeers,
            BiConsumer<RTCPeerConnection, RTCDataChannel> onChannel) {
        this.onChannel = Objects.requireNonNull(onChannel, "onChannel");
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (maxPeers <= 0) {
            throw new IllegalArgumentException("maxPeers must be positive, not " + maxPeers);
        }
        this.peers = new PeerSet(maxPeers);
    }

    /** The Jetty handler to give to {@link SignalingServer.Builder#route} (usually at {@code /offer}). */
    public Handler handler() {
        return handler;
    }

    /** Peer connections alive now. */
    public int activePeers() {
        return peers.size();
    }

    /** Closes every peer connection; later offers get 503. */
    @Override
    public void close() {
        peers.close();
    }

    private void serve(Request request, Response response, Callback callback) {
        HttpIo.cors(response, "POST, OPTIONS");
        String method = request.getMethod();
        if (HttpMethod.OPTIONS.is(method)) {
            HttpIo.send(response, callback, 204, null, null);
            return;
        }
        if (!HttpMethod.POST.is(method)) {
            response.getHeaders().put("Allow", "POST, OPTIONS");
            HttpIo.refuse(request, response, callback, new HttpError(405, "method-not-allowed", method + " is not served here; POST an offer"));
            return;
        }
        String offer;
        try {
            offer = parseOffer(request);
        } catch (HttpError e) {
            HttpIo.refuse(request, response, callback, e);
            return;
        }
        RTCPeerConnection pc = new RTCPeerConnection(configuration, settings);
        if (!peers.tryAdd(pc)) {
            pc.close();
            HttpIo.sendError(response, callback, 503, "too-many-peers", "the echo service is at its limit of peer connections; try later");
            return;
        }
        pc.onDataChannel(channel -> onChannel.accept(pc, channel));
        PayloadTypes types = PayloadTypes.of(offer);
        Answerer.answer(pc, offer, GATHER_TIMEOUT, p -> echoMedia(p, types)).whenComplete((sdp, err) -> {
            if (err == null) {
                ObjectNode answer = JsonNodeFactory.instance.objectNode();
                answer.put("type", "answer");
                answer.put("sdp", sdp);
                HttpIo.send(response, callback, 200, "application/json", answer.toString());
                return;
            }
            peers.remove(pc);
            Throwable cause = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
            LOG.debug("echo offer refused", cause);
            if (cause instanceof RTCException rtc) {
                HttpIo.sendError(response, callback, 400, "bad-offer", rtc.name() + ": " + rtc.getMessage());
            } else if (cause instanceof java.util.concurrent.TimeoutException) {
                HttpIo.sendError(response, callback, 500, "gathering-timeout", "ICE gathering did not complete in " + GATHER_TIMEOUT.toSeconds() + " s");
            } else {
                HttpIo.sendError(response, callback, 500, "internal-error", String.valueOf(cause.getMessage()));
            }
        });
    }

    private static String parseOffer(Request request) throws HttpError {
        String type = HttpIo.mediaType(request);
        if (!type.equals("application/json") && !type.equals("text/plain") && !type.isEmpty()) {
            // text/plain is what a page's fetch() sends without a preflight; accept it too.
            throw new HttpError(415, "unsupported-media-type", "send the offer as application/json, not " + type);
        }
        String body = HttpIo.readBody(request, MAX_BODY);
        ObjectNode node;
        try {
            node = Json.parseObject(body);
        } catch (ProtocolException e) {
            throw new HttpError(400, "malformed-json", e.getMessage());
        }
        JsonNode t = node.get("type");
        JsonNode sdp = node.get("sdp");
        if (t == null || !t.isTextual() || !t.asText().equals("offer")) {
            throw new HttpError(400, "not-an-offer", "the body must be {\"type\":\"offer\",\"sdp\":\"...\"}");
        }
        if (sdp == null || !sdp.isTextual() || sdp.asText().isBlank()) {
            throw new HttpError(400, "missing-sdp", "the offer has no \"sdp\" string");
        }
        return sdp.asText();
    }

    /** Every message goes back on the channel it came in on, text as text and binary as binary. */
    private static void echo(RTCDataChannel channel) {
        channel.onMessage(m -> {
            try {
                if (m.isText()) {
                    channel.send(m.text());
                } else {
                    channel.send(m.binary());
                }
            } catch (RuntimeException e) {
                // The peer may close the channel while a message is in flight; nothing to echo to.
                LOG.debug("echo on {} dropped: {}", channel.label(), e.getMessage());
            }
        });
    }

    /**
     * Each offered track is answered sendrecv with a local track that carries the received RTP
     * back; a key-frame request on the echoed track goes back to the sender as a PLI.
     */
    private static void echoMedia(RTCPeerConnection pc, PayloadTypes types) {
        for (RTCRtpTransceiver t : pc.getTransceivers()) {
            String kind = t.kind();
            MediaStreamTrack in = t.receiver().track();
            MediaStreamTrack out = MediaStreamTrack.local(t.kind());
            t.direction(RTCRtpTransceiverDirection.SENDRECV);
            // The browser's decoder asks for key frames (PLI/FIR) on what we echo; only its encoder can make one.
            out.onKeyFrameRequest(() -> t.receiver().requestKeyFrame());
            t.sender().replaceTrack(out);
            in.onRtp(packet -> {
                if (packet.length < 12 || !types.isPrimary(kind, packet[1] & 0x7f)) {
                    return;
                }
                try {
                    out.writeRtp(packet);
                } catch (RuntimeException e) {
                    LOG.debug("media echo dropped a packet: {}", e.getMessage());
                }
            });
        }
    }
}
