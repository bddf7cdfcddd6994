package io.jrtc.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelInit;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One call between jrtc and the browser page, for one test: both peer connections, and the steps
 * the interop tests share. Either side may offer; {@link Role} says which starts the call.
 */
final class ChromiumCall implements AutoCloseable {
    /** Which side makes the first offer. */
    enum Role {
        JRTC_OFFERS, JRTC_ANSWERS
    }

    static final Duration STEP = Duration.ofSeconds(20);

    final BrowserPage page;
    final JrtcPeer jrtc;
    final Role role;

    private ChromiumCall(BrowserPage page, JrtcPeer jrtc, Role role) {
        this.page = page;
        this.jrtc = jrtc;
        this.role = role;
    }

    /** Both peer connections, not yet negotiated; the browser's with this configuration (JSON). */
    static ChromiumCall create(BrowserPage page, Role role, RTCConfiguration jrtcConfig, JrtcSettings settings,
            String browserConfigJson) {
        return create(page, role, new JrtcPeer(page, jrtcConfig, settings), browserConfigJson);
    }

    /** A call with this jrtc peer; the browser's peer connection with this configuration (JSON). */
    static ChromiumCall create(BrowserPage page, Role role, JrtcPeer jrtc, String browserConfigJson) {
        try {
            page.newPeerConnection(browserConfigJson, jrtc::onSignal);
        } catch (RuntimeException | Error e) {
            jrtc.close();
            throw e;
        }
        return new ChromiumCall(page, jrtc, role);
    }

    static ChromiumCall create(BrowserPage page, Role role) {
        return create(page, role, RTCConfiguration.defaults(), JrtcPeer.loopbackSettings(), "{}");
    }

    /**
     * Connects: the offering side creates a data channel labelled {@code boot} (negotiationneeded
     * starts the offer); returns once both sides see it open.
     */
    RTCDataChannel connect() {
        RTCDataChannel boot;
        if (role == Role.JRTC_OFFERS) {
            boot = jrtc.createDataChannel("boot", RTCDataChannelInit.defaults());
        } else {
            page.eval("create('boot'); return null;");
            boot = jrtc.remoteChannel("boot");
        }
        await(JrtcPeer.opened(boot), "jrtc: channel boot open");
        page.awaitEvent("open", e -> e.label().equals("boot"), STEP);
        return boot;
    }

    /** Sends one text message on a channel and returns the first message that comes back. */
    String ping(RTCDataChannel ch, String text) {
        CompletableFuture<String> reply = new CompletableFuture<>();
        ch.onMessage(m -> reply.complete(m.isText() ? m.text() : "(binary " + m.binary().length + " bytes)"));
        await(JrtcPeer.opened(ch), "jrtc: channel " + ch.label() + " open");
        ch.send(text);
        return await(reply, "an echo on " + ch.label());
    }

    /** Waits a bounded time (a hang guard); the failure names what was awaited and what happened. */
    <T> T await(CompletableFuture<T> f, String what) {
        try {
            return f.get(STEP.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; jrtc: " + jrtc.pc.connectionState()
                    + " " + jrtc.pc.signalingState() + ", local " + mLines(jrtc.pc.localDescription())
                    + ", remote " + mLines(jrtc.pc.remoteDescription()) + ", errors " + jrtc.errors
                    + "; browser events: " + page.eventsOfThisGeneration());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError(what + " failed", e.getCause());
        }
    }

    /**
     * Polls the browser's RTP stats of a type ({@code inbound-rtp}, {@code outbound-rtp}) and kind,
     * of one mid or (null) the first of that kind, until {@code condition} (JavaScript over
     * {@code s}) holds; returns those stats, or fails naming {@code what} with the last stats seen
     * and {@code context}.
     */
    JsonNode awaitRtp(String type, String kind, String mid, String condition, String what, Duration timeout,
            Supplier<String> context) {
        String midJs = mid == null ? "null" : "'" + mid + "'";
        JsonNode s = page.eval("return await awaitRtp('" + type + "', '" + kind + "', " + midJs + ", s => " + condition
                + ", " + timeout.toMillis() + ");", timeout.plusSeconds(10));
        boolean ok = !s.isNull() && page.eval("const s = " + s + "; return !!(" + condition + ");").asBoolean();
        if (!ok) {
            throw new AssertionError("timed out after " + timeout + " waiting for " + what + "; the browser's last " + type
                    + " " + kind + (mid == null ? "" : " mid " + mid) + ": " + s + "; " + context.get() + "; jrtc "
                    + jrtc.pc.connectionState() + " " + jrtc.pc.signalingState() + ", errors " + jrtc.errors
                    + "; browser events: " + page.eventsOfThisGeneration());
        }
        return s;
    }

    /** The m= lines of a description, for failure messages. */
    static String mLines(java.util.Optional<io.jrtc.webrtc.RTCSessionDescription> d) {
        return d.map(x -> x.type() + " " + x.sdp().lines().filter(l -> l.startsWith("m=")).toList()).orElse("none");
    }

    /**
     * jrtc's SCTP packet size now and how many Path MTU discovery probes it has sent (RFC 8899),
     * from the transport entry of getStats.
     */
    long[] sctpPathMtu() {
        io.jrtc.webrtc.RTCStats t = await(jrtc.pc.getStats(), "getStats").ofType("transport").get(0);
        return new long[] {((Number) t.get("sctpPathMtu")).longValue(), ((Number) t.get("sctpPathMtuProbes")).longValue()};
    }

    /** Neither side reported a failure (signaling, page errors, channel errors). */
    void assertNoErrors() {
        assertTrue(jrtc.errors.isEmpty(), () -> "jrtc signaling errors: " + jrtc.errors);
        assertEquals(0, page.events("error").size() + page.events("channelerror").size(),
                () -> "browser errors: " + page.eventsOfThisGeneration());
    }

    @Override
    public void close() {
        try {
            jrtc.close();
        } finally {
            page.closePeerConnection();
        }
    }
}
