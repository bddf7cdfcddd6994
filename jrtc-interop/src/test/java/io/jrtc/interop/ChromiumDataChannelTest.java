package io.jrtc.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jrtc.interop.ChromiumCall.Role;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelInit;
import io.jrtc.webrtc.RTCPeerConnectionState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Data channels between jrtc and headless Chromium (libwebrtc, usrsctp's successor dcsctp), each
 * cell with jrtc as offerer and as answerer (issue 7). One browser for the class; a new pair of
 * peer connections per test.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ChromiumDataChannelTest extends ChromiumCells {
    private static final Duration LONG = Duration.ofSeconds(40);

    private ChromiumCall call(Role role) {
        call = ChromiumCall.create(chromium.page(), role);
        return call;
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void channelsOpenBothWays(Role role) {
        ChromiumCall c = call(role);
        RTCDataChannel boot = c.connect();
        assertEquals(RTCPeerConnectionState.CONNECTED, c.jrtc.pc.connectionState());
        c.page.awaitEvent("connectionstate", e -> e.data().asText().equals("connected"), ChromiumCall.STEP);

        // A channel jrtc creates: the browser sees it (datachannel) and echoes.
        RTCDataChannel fromJrtc = c.jrtc.createDataChannel("from-jrtc", RTCDataChannelInit.defaults());
        assertEquals("hello chromium", c.ping(fromJrtc, "hello chromium"));
        c.page.awaitEvent("datachannel", e -> e.label().equals("from-jrtc"), ChromiumCall.STEP);

        // A channel the browser creates: jrtc sees it and echoes.
        JsonNode got = c.page.eval("return await exchange(create('from-chromium'), ['hello jrtc'], 1);");
        assertEquals("hello jrtc", got.get(0).asText());
        assertEquals("from-chromium", c.jrtc.remoteChannel("from-chromium").label());

        // The channel that started the call still carries messages, from the side that did not create it too.
        if (role == Role.JRTC_OFFERS) {
            assertEquals("boot ok", c.ping(boot, "boot ok"));
        } else {
            assertEquals("boot ok", c.page.eval("return (await exchange(channels['boot'], ['boot ok'], 1))[0];").asText());
        }
        c.assertNoErrors();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void thousandOrderedMessagesEchoInOrder(Role role) throws Exception {
        ChromiumCall c = call(role);
        c.connect();
        int n = 1000;
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sent.add("m" + i);
        }

        RTCDataChannel ch = c.jrtc.createDataChannel("ordered-jrtc", RTCDataChannelInit.defaults());
        List<String> echoed = new CopyOnWriteArrayList<>();
        CountDownLatch all = new CountDownLatch(n);
        ch.onMessage(m -> {
            echoed.add(m.text());
            all.countDown();
        });
        c.await(JrtcPeer.opened(ch), "ordered-jrtc open");
        for (String m : sent) {
            ch.send(m);
        }
        assertTrue(all.await(LONG.toSeconds(), TimeUnit.SECONDS),
                () -> "echoes: " + echoed.size() + " of " + n + "; browser events " + c.page.eventsOfThisGeneration());
        assertEquals(sent, echoed);

        // The other way: the browser sends 1,000 on its own channel; jrtc echoes them.
        JsonNode got = c.page.eval("const m = [...Array(" + n + ").keys()].map(i => 'b' + i);"
                + " return await exchange(create('ordered-chromium'), m, m.length, undefined);", LONG);
        List<String> back = new ArrayList<>();
        got.forEach(v -> back.add(v.asText()));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            expected.add("b" + i);
        }
        assertEquals(expected, back);
        c.assertNoErrors();
        checkPathMtu(c, "1,000 messages");
    }

    /**
     * Path MTU discovery is on by default (RFC 8899): jrtc probed the browser with padded
     * HEARTBEATs; whatever size it reached was echoed by Chromium both ways, the messages above
     * came through at it, and it is logged. libwebrtc's DTLS reads at most 2,048-byte datagrams,
     * and the whole record (SCTP packet + 37 bytes) must fit one.
     */
    private static void checkPathMtu(ChromiumCall c, String cell) {
        long[] m = c.sctpPathMtu();
        org.slf4j.LoggerFactory.getLogger(ChromiumDataChannelTest.class).info(
                "Chromium, {}, {}: jrtc's SCTP packet size {} after {} probes", c.role, cell, m[0], m[1]);
        assertTrue(m[1] >= 1, () -> "Path MTU discovery is on by default: probes " + m[1]);
        assertTrue(m[0] >= 1200 - 37, () -> "packet size " + m[0]);
        assertEquals(RTCPeerConnectionState.CONNECTED, c.jrtc.pc.connectionState());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void message256KiBBothWays(Role role) {
        ChromiumCall c = call(role);
        c.connect();
        byte[] data = new byte[256 * 1024];
        new Random(7).nextBytes(data);

        RTCDataChannel ch = c.jrtc.createDataChannel("big-jrtc", RTCDataChannelInit.defaults());
        CompletableFuture<byte[]> echo = new CompletableFuture<>();
        ch.onMessage(m -> echo.complete(m.isText() ? new byte[0] : m.binary()));
        c.await(JrtcPeer.opened(ch), "big-jrtc open");
        ch.send(data);
        assertArrayEquals(data, c.await(echo, "the 256 KiB echo"));

        JsonNode r = c.page.eval("const a = new Uint8Array(262144);"
                + " for (let i = 0; i < a.length; i++) a[i] = (i * 31 + (i >> 9)) & 255;"
                + " const got = await exchange(create('big-chromium'), [a.buffer], 1);"
                + " const b = new Uint8Array(got[0]);"
                + " return {length: b.length, equal: b.length === a.length && b.every((v, i) => v === a[i])};", LONG);
        assertEquals(262144, r.get("length").asInt());
        assertTrue(r.get("equal").asBoolean(), "the browser's 256 KiB message came back changed");
        c.assertNoErrors();
        checkPathMtu(c, "256 KiB");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void unorderedChannelWithoutRetransmissions(Role role) throws Exception {
        ChromiumCall c = call(role);
        c.connect();
        int n = 100;
        RTCDataChannelInit unreliable = RTCDataChannelInit.builder().ordered(false).maxRetransmits(0).build();
        RTCDataChannel ch = c.jrtc.createDataChannel("unordered-jrtc", unreliable);
        Set<String> echoed = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<String> duplicates = new CopyOnWriteArrayList<>();
        CountDownLatch all = new CountDownLatch(n);
        ch.onMessage(m -> {
            if (!echoed.add(m.text())) {
                duplicates.add(m.text());
            }
            all.countDown();
        });
        c.await(JrtcPeer.opened(ch), "unordered-jrtc open");
        BrowserPage.Event seen = c.page.awaitEvent("datachannel", e -> e.label().equals("unordered-jrtc"),
                ChromiumCall.STEP);
        // DCEP carried the reliability (RFC 8832 section 5.1): the browser's channel says so.
        assertFalse(seen.data().get("ordered").asBoolean());
        assertEquals(0, seen.data().get("maxRetransmits").asInt());
        Set<String> sent = new HashSet<>();
        for (int i = 0; i < n; i++) {
            sent.add("u" + i);
            ch.send("u" + i);
        }
        // Unreliable by contract; on loopback nearly all arrive. The wait ends early when all did.
        all.await(5, TimeUnit.SECONDS);
        assertTrue(duplicates.isEmpty(), () -> "duplicated: " + duplicates);
        assertTrue(sent.containsAll(echoed), () -> "unknown messages came back: " + echoed);
        assertTrue(echoed.size() >= n * 9 / 10, () -> "only " + echoed.size() + " of " + n + " came back");

        JsonNode got = c.page.eval("const ch = create('unordered-chromium', {ordered: false, maxRetransmits: 0});"
                + " const m = [...Array(" + n + ").keys()].map(i => 'v' + i);"
                + " return await exchange(ch, m, m.length, 5000);", LONG);
        RTCDataChannel remote = c.jrtc.remoteChannel("unordered-chromium");
        assertFalse(remote.ordered());
        assertEquals(0, remote.maxRetransmits().orElse(-1));
        Set<String> back = new HashSet<>();
        got.forEach(v -> back.add(v.asText()));
        assertEquals(got.size(), back.size(), "duplicates came back to the browser");
        assertTrue(back.size() >= n * 9 / 10, () -> "only " + back.size() + " of " + n + " came back to the browser");
        for (String v : back) {
            assertTrue(v.matches("v\\d+") && Integer.parseInt(v.substring(1)) < n, v);
        }
        c.assertNoErrors();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void preNegotiatedChannelWithExplicitId(Role role) {
        ChromiumCall c = call(role);
        c.connect();
        RTCDataChannel pre = c.jrtc.createDataChannel("pre",
                RTCDataChannelInit.builder().negotiated(true).id(5).build());
        JsonNode browserSide = c.page.eval("const ch = create('pre', {negotiated: true, id: 5}, true);"
                + " await opened(ch); return describe(ch);");
        assertEquals(5, browserSide.get("id").asInt());
        assertTrue(browserSide.get("negotiated").asBoolean());
        assertEquals(5, pre.id().orElse(-1));
        assertEquals("over id 5", c.ping(pre, "over id 5"));

        // The browser sends first on a second one (id 6); jrtc echoes.
        RTCDataChannel pre6 = c.jrtc.createDataChannel("pre-6",
                RTCDataChannelInit.builder().negotiated(true).id(6).build());
        pre6.onMessage(m -> pre6.send("jrtc: " + m.text()));
        c.await(JrtcPeer.opened(pre6), "pre-6 open");
        JsonNode got = c.page.eval("return await exchange(create('pre-6', {negotiated: true, id: 6}), ['over id 6'], 1);");
        assertEquals("jrtc: over id 6", got.get(0).asText());

        // Pre-negotiated channels are never announced (no DCEP, RFC 8832 section 4).
        assertTrue(c.page.events("datachannel").stream().noneMatch(e -> e.label().startsWith("pre")),
                () -> "the browser announced a negotiated channel: " + c.page.events("datachannel"));
        assertFalse(c.jrtc.hasRemoteChannel("pre") || c.jrtc.hasRemoteChannel("pre-6"));
        c.assertNoErrors();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void fiftyChannelsAtOnceFromEachSide(Role role) {
        ChromiumCall c = call(role);
        int n = 50;
        String browserCreates = "const chs = []; for (let i = 0; i < " + n + "; i++) chs.push(create('b' + i));"
                + " const got = await Promise.all(chs.map(ch => exchange(ch, ['echo ' + ch.label], 1)));"
                + " return {ids: chs.map(ch => ch.id), got: got.map(g => g[0])};";
        List<RTCDataChannel> mine = new ArrayList<>();
        JsonNode browser;
        if (role == Role.JRTC_OFFERS) {
            // All 50 in the first offer: they open together when SCTP comes up.
            for (int i = 0; i < n; i++) {
                mine.add(c.jrtc.createDataChannel("j" + i, RTCDataChannelInit.defaults()));
            }
            checkEchoes(c, mine);
            browser = c.page.eval(browserCreates, LONG);
        } else {
            browser = c.page.eval(browserCreates, LONG);
            for (int i = 0; i < n; i++) {
                mine.add(c.jrtc.createDataChannel("j" + i, RTCDataChannelInit.defaults()));
            }
            checkEchoes(c, mine);
        }
        Set<Integer> browserIds = new HashSet<>();
        for (int i = 0; i < n; i++) {
            assertEquals("echo b" + i, browser.get("got").get(i).asText());
            browserIds.add(browser.get("ids").get(i).asInt());
            assertEquals("b" + i, c.jrtc.remoteChannel("b" + i).label());
        }
        Set<Integer> ids = new HashSet<>(browserIds);
        for (RTCDataChannel ch : mine) {
            ids.add(ch.id().orElseThrow());
        }
        assertEquals(2 * n, ids.size(), "stream ids must be distinct across both sides");
        c.assertNoErrors();
    }

    private static void checkEchoes(ChromiumCall c, List<RTCDataChannel> channels) {
        List<CompletableFuture<String>> replies = new ArrayList<>();
        for (RTCDataChannel ch : channels) {
            CompletableFuture<String> reply = new CompletableFuture<>();
            ch.onMessage(m -> reply.complete(m.text()));
            JrtcPeer.opened(ch).thenRun(() -> ch.send("echo " + ch.label()));
            replies.add(reply);
        }
        for (int i = 0; i < channels.size(); i++) {
            assertEquals("echo " + channels.get(i).label(), c.await(replies.get(i), "echo on " + channels.get(i)));
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void closeFromEitherSideIsSeenByTheOther(Role role) {
        ChromiumCall c = call(role);
        RTCDataChannel boot = c.connect();

        // jrtc closes a channel it created.
        RTCDataChannel c1 = c.jrtc.createDataChannel("c1", RTCDataChannelInit.defaults());
        assertEquals("1", c.ping(c1, "1"));
        c1.close();
        c.page.awaitEvent("close", e -> e.label().equals("c1"), ChromiumCall.STEP);
        c.await(JrtcPeer.closed(c1), "c1 closed in jrtc");

        // The browser closes its end of a channel jrtc created.
        RTCDataChannel c2 = c.jrtc.createDataChannel("c2", RTCDataChannelInit.defaults());
        assertEquals("2", c.ping(c2, "2"));
        CompletableFuture<Void> c2Closed = JrtcPeer.closed(c2);
        c.page.eval("channels['c2'].close(); return null;");
        c.await(c2Closed, "jrtc seeing the browser close c2");

        // jrtc closes its end of a channel the browser created.
        c.page.eval("await opened(create('c3')); return null;");
        RTCDataChannel c3 = c.jrtc.remoteChannel("c3");
        c.await(JrtcPeer.opened(c3), "c3 open in jrtc");
        c3.close();
        c.page.awaitEvent("close", e -> e.label().equals("c3"), ChromiumCall.STEP);

        // The browser closes a channel it created.
        c.page.eval("await opened(create('c4')); return null;");
        RTCDataChannel c4 = c.jrtc.remoteChannel("c4");
        CompletableFuture<Void> c4Closed = JrtcPeer.closed(c4);
        c.await(JrtcPeer.opened(c4), "c4 open in jrtc");
        c.page.eval("channels['c4'].close(); return null;");
        c.await(c4Closed, "jrtc seeing the browser close c4");

        // The streams were reset, not the association: the first channel still works both ways.
        if (role == Role.JRTC_OFFERS) {
            assertEquals("still up", c.ping(boot, "still up"));
        } else {
            assertEquals("still up", c.page.eval("return (await exchange(channels['boot'], ['still up'], 1))[0];").asText());
        }
        c.assertNoErrors();
    }
}
