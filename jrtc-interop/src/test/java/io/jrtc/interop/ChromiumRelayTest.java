package io.jrtc.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.jrtc.interop.ChromiumCall.Role;
import io.jrtc.testkit.peers.Coturn;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelInit;
import io.jrtc.webrtc.RTCIceServer;
import io.jrtc.webrtc.RTCIceTransportPolicy;
import io.jrtc.webrtc.RTCStats;
import io.jrtc.webrtc.RTCStatsReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Relay only ({@code iceTransportPolicy: 'relay'}) on both sides through a real coturn on
 * 127.0.0.1, over UDP and over TCP to the server, jrtc as offerer and as answerer (issue 7).
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ChromiumRelayTest extends ChromiumCells {
    private Coturn coturn;

    /** JUnit runs this before the base class hangs up the call; closing a call needs no TURN server. */
    @AfterEach
    void stopCoturn() {
        if (coturn != null) {
            coturn.close();
            coturn = null;
        }
    }

    static Stream<Arguments> roleAndTransport() {
        List<Arguments> all = new ArrayList<>();
        for (Role r : Role.values()) {
            for (String t : List.of("udp", "tcp")) {
                all.add(Arguments.of(r, t));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, TURN over {1}")
    @MethodSource("roleAndTransport")
    void relayOnlyThroughCoturn(Role role, String transport) throws Exception {
        coturn = Coturn.start(null);
        String url = "turn:127.0.0.1:" + coturn.address.getPort() + "?transport=" + transport;
        RTCConfiguration jrtcConfig = RTCConfiguration.builder()
                .iceServer(RTCIceServer.builder().urls(url).username(Coturn.USER).credential(Coturn.PASSWORD).build())
                .iceTransportPolicy(RTCIceTransportPolicy.RELAY)
                .build();
        // Chromium opens TURN over TCP through its host resolver, which INTEROP.md's rules let
        // resolve only the name localhost (an IP literal then fails with error 701).
        String browserUrl = transport.equals("tcp")
                ? "turn:localhost:" + coturn.address.getPort() + "?transport=tcp" : url;
        String browserConfig = "{iceServers: [{urls: '" + browserUrl + "', username: '" + Coturn.USER + "', credential: '"
                + Coturn.PASSWORD + "'}], iceTransportPolicy: 'relay'}";
        ChromiumCall c = ChromiumCall.create(chromium.page(), role, jrtcConfig, JrtcPeer.loopbackSettings(),
                browserConfig);
        call = c;
        c.connect();

        RTCDataChannel ch = c.jrtc.createDataChannel("relayed", RTCDataChannelInit.defaults());
        for (int i = 0; i < 20; i++) {
            assertEquals("via coturn " + i, c.ping(ch, "via coturn " + i));
        }

        // Both ends of the pair each side uses are relayed candidates.
        JsonNode browser = c.page.eval("const st = await pc.getStats(); let pair;"
                + " for (const s of st.values()) if (s.type === 'transport') pair = st.get(s.selectedCandidatePairId);"
                + " return {local: st.get(pair.localCandidateId).candidateType,"
                + " remote: st.get(pair.remoteCandidateId).candidateType,"
                + " relayProtocol: st.get(pair.localCandidateId).relayProtocol};");
        assertEquals("relay", browser.get("local").asText(), () -> "browser pair: " + browser + "; coturn: " + coturn.log());
        assertEquals(transport, browser.get("relayProtocol").asText());
        // Data may flow on the best valid pair before the controlling side has nominated one.
        RTCStatsReport report = c.jrtc.pc.getStats().get(10, TimeUnit.SECONDS);
        for (int i = 0; i < 100 && report.ofType("transport").get(0).get("selectedCandidatePairId") == null; i++) {
            Thread.sleep(100);
            report = c.jrtc.pc.getStats().get(10, TimeUnit.SECONDS);
        }
        RTCStats t = report.ofType("transport").get(0);
        String json = report.toJSON();
        RTCStats pair = report.get(String.valueOf(t.get("selectedCandidatePairId")))
                .orElseThrow(() -> new AssertionError("no selected pair in jrtc's stats within 10 s: " + json));
        RTCStats local = report.get(String.valueOf(pair.get("localCandidateId")))
                .orElseThrow(() -> new AssertionError("no local candidate in jrtc's stats: " + json));
        assertEquals("relay", local.get("candidateType"), () -> "jrtc's pair: " + json);
        assertEquals("relay", browser.get("remote").asText(), () -> "browser pair: " + browser);
        c.assertNoErrors();
    }
}
