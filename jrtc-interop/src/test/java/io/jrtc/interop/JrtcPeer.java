package io.jrtc.interop;

import com.fasterxml.jackson.databind.JsonNode;
import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelInit;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCIceCandidate;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * jrtc's side of a call with the browser page: an {@link RTCPeerConnection} whose descriptions and
 * candidates travel to the page as the browsers' JSON and back. Either side offers when it needs
 * to (negotiationneeded); a channel the other side created echoes every message it receives.
 */
final class JrtcPeer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JrtcPeer.class);

    final RTCPeerConnection pc;
    private final BrowserPage page;
    /** Channels the browser created, by label (the newest with that label). */
    private final Map<String, CompletableFuture<RTCDataChannel>> remote = new ConcurrentHashMap<>();
    /** Signaling failures, which tests check are none. */
    final List<Throwable> errors = new CopyOnWriteArrayList<>();
    /** Candidates from the browser not added because their address is not loopback (network rule). */
    final List<String> skippedCandidates = new CopyOnWriteArrayList<>();
    /** Every candidate the browser trickled (its candidate-attribute text), used or skipped. */
    final List<String> browserCandidates = new CopyOnWriteArrayList<>();
    private final java.util.function.Predicate<String> usable;
    /** When set, the browser gets none of jrtc's candidates: it learns jrtc's address only from jrtc's checks. */
    private volatile boolean withholdCandidates;
    private final java.util.Set<String> signaledUfrags = new java.util.HashSet<>();
    private final List<RTCIceCandidate> heldCandidates = new java.util.ArrayList<>();
    /** Runs after a remote offer is applied (its transceivers exist) and before jrtc answers it. */
    volatile Runnable beforeAnswer = () -> {};

    JrtcPeer(BrowserPage page, RTCConfiguration configuration, JrtcSettings settings) {
        this(page, configuration, settings, JrtcPeer::isLoopback);
    }

    /**
     * A peer that adds the browser's trickled candidates whose address (an IP literal or an mDNS
     * name) {@code usable} accepts, and skips the others (network rule).
     */
    JrtcPeer(BrowserPage page, RTCConfiguration configuration, JrtcSettings settings,
            java.util.function.Predicate<String> usable) {
        this.usable = usable;
        this.page = page;
        this.pc = new RTCPeerConnection(configuration, settings);
        pc.onNegotiationNeeded(() -> pc.setLocalDescription()
                .thenRun(this::sendLocalDescription)
                .exceptionally(e -> {
                    errors.add(e);
                    return null;
                }));
        pc.onIceCandidate(c -> {
            if (c != null) {
                sendCandidate(c);
            }
        });
        pc.onDataChannel(ch -> {
            ch.onMessage(m -> {
                if (m.isText()) {
                    ch.send(m.text());
                } else {
                    ch.send(m.binary());
                }
            });
            channelFor(ch.label()).complete(ch);
        });
    }

    /**
     * From now on the browser gets none of jrtc's candidates (neither trickled nor in descriptions),
     * so only jrtc's own connectivity checks can make the connection.
     */
    void withholdCandidates() {
        withholdCandidates = true;
    }

    /** A peer with jrtc's settings for these tests: loopback candidates only, nothing leaves the machine. */
    static JrtcPeer onLoopback(BrowserPage page) {
        return new JrtcPeer(page, RTCConfiguration.defaults(), loopbackSettings());
    }

    static JrtcSettings loopbackSettings() {
        return JrtcSettings.builder().loopbackOnly(true).build();
    }

    /** Applies a signaling message from the page (on the page server's thread, in order). */
    void onSignal(JsonNode m) {
        try {
            if (m.hasNonNull("description")) {
                RTCSessionDescription d = RTCSessionDescription.fromJSON(m.get("description").toString());
                pc.setRemoteDescription(d).get(10, TimeUnit.SECONDS);
                if (d.type() == RTCSdpType.OFFER) {
                    beforeAnswer.run();
                    pc.setLocalDescription().get(10, TimeUnit.SECONDS);
                    sendLocalDescription();
                }
            } else if (m.hasNonNull("candidate")) {
                RTCIceCandidate c = RTCIceCandidate.fromJSON(m.get("candidate").toString());
                if (!c.isEndOfCandidates()) {
                    browserCandidates.add(c.candidate());
                }
                if (!c.isEndOfCandidates() && !usable.test(c.address().orElse(""))) {
                    // The browser also gathers on the machine's other interfaces; only those the test allows are used.
                    skippedCandidates.add(c.candidate());
                    return;
                }
                pc.addIceCandidate(c).get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            LOG.warn("signal from the browser failed: {}", m, e);
            errors.add(e);
        }
    }

    /**
     * Candidates go out only after the description with their ICE credentials: jrtc may hand one
     * out (on its own thread) before a thread that waited for setLocalDescription has sent the
     * description, and a browser refuses a candidate that comes before the remote description.
     */
    private synchronized void sendCandidate(RTCIceCandidate c) {
        if (withholdCandidates) {
            return;
        }
        String ufrag = c.usernameFragment().orElse("");
        if (signaledUfrags.contains(ufrag)) {
            page.signalCandidate(c.toJSON());
        } else {
            heldCandidates.add(c);
        }
    }

    private synchronized void sendLocalDescription() {
        RTCSessionDescription d = pc.localDescription().orElseThrow();
        if (withholdCandidates) {
            d = RTCSessionDescription.of(d.type(), d.sdp().replaceAll("(?m)^a=(candidate|end-of-candidates).*\\r?\\n", ""));
        }
        page.signalDescription(d.toJSON());
        signaledUfrags.add(ufrag(d.sdp()));
        List<RTCIceCandidate> ready = heldCandidates.stream()
                .filter(c -> signaledUfrags.contains(c.usernameFragment().orElse(""))).toList();
        heldCandidates.removeAll(ready);
        ready.forEach(c -> page.signalCandidate(c.toJSON()));
    }

    static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("::1");
    }

    private CompletableFuture<RTCDataChannel> channelFor(String label) {
        return remote.computeIfAbsent(label, l -> new CompletableFuture<>());
    }

    /** The channel the browser created with this label, once jrtc has seen it (datachannel event). */
    RTCDataChannel remoteChannel(String label) {
        try {
            return channelFor(label).get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("jrtc saw no data channel '" + label + "' from the browser; errors: " + errors
                    + "; browser events: " + page.eventsOfThisGeneration());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** True once jrtc has seen a channel with this label from the browser. */
    boolean hasRemoteChannel(String label) {
        CompletableFuture<RTCDataChannel> f = remote.get(label);
        return f != null && f.isDone();
    }

    RTCDataChannel createDataChannel(String label, RTCDataChannelInit init) {
        return pc.createDataChannel(label, init);
    }

    /** Completes when the channel is open (at once if it already is). */
    static CompletableFuture<Void> opened(RTCDataChannel ch) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        ch.onOpen(() -> f.complete(null));
        if (ch.readyState() == RTCDataChannelState.OPEN) {
            f.complete(null);
        }
        return f;
    }

    /** Completes when the connection state is {@code connected} (at once if it is). */
    CompletableFuture<Void> connected() {
        CompletableFuture<Void> f = new CompletableFuture<>();
        pc.addConnectionStateListener(s -> {
            if (s == io.jrtc.webrtc.RTCPeerConnectionState.CONNECTED) {
                f.complete(null);
            }
        });
        if (pc.connectionState() == io.jrtc.webrtc.RTCPeerConnectionState.CONNECTED) {
            f.complete(null);
        }
        return f;
    }

    /** The first {@code a=ice-ufrag} of a description. */
    static String ufrag(String sdp) {
        for (String line : sdp.split("\\r?\\n")) {
            if (line.startsWith("a=ice-ufrag:")) {
                return line.substring("a=ice-ufrag:".length()).trim();
            }
        }
        throw new AssertionError("no a=ice-ufrag in " + sdp);
    }

    /** Completes when the channel is closed (at once if it already is). */
    static CompletableFuture<Void> closed(RTCDataChannel ch) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        ch.onClose(() -> f.complete(null));
        if (ch.readyState() == RTCDataChannelState.CLOSED) {
            f.complete(null);
        }
        return f;
    }

    @Override
    public void close() {
        pc.close();
    }
}
