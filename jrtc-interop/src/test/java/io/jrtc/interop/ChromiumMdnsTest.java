package io.jrtc.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jrtc.interop.ChromiumCall.Role;
import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelInit;
import io.jrtc.webrtc.RTCStats;
import io.jrtc.webrtc.RTCStatsReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Chromium as browsers ship it: without INTEROP.md's loopback and mDNS flags it hides its host
 * address behind a UUID {@code .local} name (draft-ietf-mmusic-mdns-ice-candidates). The browser
 * runs inside a network namespace the test makes, joined to this side by a veth pair; jrtc, here,
 * gathers only on its end of the pair with {@link JrtcSettings#mdns()} on, resolves the names over
 * real multicast on that link, and connects; a data channel echoes both ways. jrtc offers and
 * answers. Nothing is sent anywhere but into that namespace. Needs root and iproute2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChromiumMdnsTest {
    private static final Pattern MDNS_NAME = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.local");

    private VethNamespace ns;
    private Chromium chromium;
    private ChromiumCall call;

    @BeforeAll
    void startBrowserInNamespace() throws Exception {
        Chromium.requireInstalled();
        ns = VethNamespace.create();
        try {
            chromium = Chromium.startInNamespace(VethNamespace.ip(), ns.name, ns.outer);
        } catch (Exception | Error e) {
            ns.close();
            throw e;
        }
    }

    @AfterAll
    void stopBrowserAndNamespace() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (ns != null) {
                ns.close();
            }
        }
    }

    @AfterEach
    void hangUp() {
        if (call != null) {
            call.close();
            call = null;
        }
    }

    static Stream<Arguments> roleAndSignaling() {
        List<Arguments> all = new ArrayList<>();
        for (Role r : Role.values()) {
            all.add(Arguments.of(r, true));
            all.add(Arguments.of(r, false));
        }
        return all.stream();
    }

    /**
     * With {@code jrtcSignalsCandidates} false the browser never learns jrtc's address from
     * signaling: its checks can only answer jrtc's, which jrtc can send only to an address it got
     * by resolving the browser's name. With it true the browser's checks may arrive first and
     * jrtc may connect over a peer-reflexive candidate before the name resolves.
     */
    @ParameterizedTest(name = "{0}, jrtc signals its candidates: {1}")
    @MethodSource("roleAndSignaling")
    void browsersLocalNamesAreResolvedAndConnect(Role role, boolean jrtcSignalsCandidates) throws Exception {
        JrtcSettings settings = JrtcSettings.builder().ipv6(false).hostAddressFilter(ns.outer::equals).mdns(true).build();
        // Only the browser's .local names are added: an IP candidate would be a finding, kept in skippedCandidates.
        JrtcPeer jrtc = new JrtcPeer(chromium.page(), RTCConfiguration.defaults(), settings,
                a -> MDNS_NAME.matcher(a).matches());
        if (!jrtcSignalsCandidates) {
            jrtc.withholdCandidates();
        }
        ChromiumCall c;
        try {
            c = ChromiumCall.create(chromium.page(), role, jrtc, "{}");
        } catch (RuntimeException | Error e) {
            jrtc.close();
            throw e;
        }
        call = c;
        c.connect();
        c.await(c.jrtc.connected(), "jrtc: connected");

        // jrtc's channel: the browser echoes.
        RTCDataChannel ch = c.jrtc.createDataChannel("over-mdns", RTCDataChannelInit.defaults());
        for (int i = 0; i < 10; i++) {
            assertEquals("jrtc to chromium " + i, c.ping(ch, "jrtc to chromium " + i));
        }
        // The browser's channel: jrtc echoes.
        JsonNode got = c.page.eval("return await exchange(create('from-chromium'), ['a', 'b', 'c'], 3);");
        assertEquals("[\"a\",\"b\",\"c\"]", got.toString());

        // The browser handed out only .local host candidates, in its description and trickled.
        String sdp = c.page.eval("return pc.localDescription.sdp;").asText();
        String inner = ns.inner.getHostAddress();
        assertFalse(sdp.contains(inner), () -> "the browser's description shows its address: " + sdp);
        List<String> trickled = c.jrtc.browserCandidates;
        assertFalse(trickled.isEmpty(), () -> "the browser trickled no candidates; its description: " + sdp
                + "\nits candidates in getStats: " + c.page.eval("const st = await pc.getStats(); const out = [];"
                + " for (const s of st.values()) if (s.type.endsWith('candidate')) out.push(s); return out;")
                + "\nits events: " + c.page.eventsOfThisGeneration());
        for (String cand : trickled) {
            String[] f = cand.split(" ");
            assertTrue(f.length > 7 && f[6].equals("typ"), () -> "not a candidate attribute: " + cand);
            assertEquals("host", f[7], () -> "the browser (no STUN, no TURN) gathered: " + cand);
            assertTrue(MDNS_NAME.matcher(f[4]).matches(), () -> "an IP host candidate from the browser: " + cand);
        }
        assertTrue(c.jrtc.skippedCandidates.isEmpty(), () -> "skipped: " + c.jrtc.skippedCandidates);

        // jrtc resolved them: its stats count the names and its selected pair has the browser's real address.
        // Resolution may finish after the connection (a peer-reflexive pair) is up: Chromium answers
        // a query at most once a second per name (RFC 6762 section 6), and jrtc retries (bounded: 15 s).
        RTCStatsReport report = c.jrtc.pc.getStats().get(10, TimeUnit.SECONDS);
        for (int i = 0; i < 150 && !(settled(report) && report.ofType("transport").get(0).get("selectedCandidatePairId") != null); i++) {
            Thread.sleep(100);
            report = c.jrtc.pc.getStats().get(10, TimeUnit.SECONDS);
        }
        RTCStats transport = report.ofType("transport").get(0);
        String json = report.toJSON();
        long resolved = ((Number) transport.get("mdnsResolved")).longValue();
        assertTrue(resolved >= 1, () -> "jrtc resolved no .local name: " + json);
        assertEquals(0L, ((Number) transport.get("mdnsUnresolved")).longValue(), () -> "unresolved names: " + json);
        RTCStats pair = report.get(String.valueOf(transport.get("selectedCandidatePairId")))
                .orElseThrow(() -> new AssertionError("no selected pair in jrtc's stats within 10 s: " + json));
        RTCStats remote = report.get(String.valueOf(pair.get("remoteCandidateId")))
                .orElseThrow(() -> new AssertionError("no remote candidate in jrtc's stats: " + json));
        RTCStats local = report.get(String.valueOf(pair.get("localCandidateId")))
                .orElseThrow(() -> new AssertionError("no local candidate in jrtc's stats: " + json));
        assertEquals(inner, remote.get("address"), () -> "jrtc's pair: " + json);
        assertEquals(ns.outer.getHostAddress(), local.get("address"), () -> "jrtc's pair: " + json);

        // The browser's side of the same pair: its own host candidate and jrtc's veth address, which
        // without signaled candidates it learned from jrtc's checks (peer-reflexive; Chromium then
        // leaves the address out of its stats).
        JsonNode browser = c.page.eval("const st = await pc.getStats(); let pair;"
                + " for (const s of st.values()) if (s.type === 'transport') pair = st.get(s.selectedCandidatePairId);"
                + " const r = st.get(pair.remoteCandidateId);"
                + " return {local: st.get(pair.localCandidateId).candidateType, remote: r.address, remoteType: r.candidateType};");
        assertEquals("host", browser.get("local").asText(), () -> "browser pair: " + browser);
        if (jrtcSignalsCandidates) {
            assertEquals(ns.outer.getHostAddress(), browser.get("remote").asText(), () -> "browser pair: " + browser);
        } else {
            assertEquals("prflx", browser.get("remoteType").asText(), () -> "browser pair: " + browser);
        }
        c.assertNoErrors();
    }

    // Every .local name jrtc was given has been resolved or given up on.
    private static boolean settled(RTCStatsReport report) {
        RTCStats t = report.ofType("transport").get(0);
        Object resolved = t.get("mdnsResolved");
        Object unresolved = t.get("mdnsUnresolved");
        return resolved != null && unresolved != null && ((Number) resolved).longValue() + ((Number) unresolved).longValue()
                >= report.ofType("remote-candidate").stream().filter(r -> String.valueOf(r.get("address")).endsWith(".local")).count();
    }
}
