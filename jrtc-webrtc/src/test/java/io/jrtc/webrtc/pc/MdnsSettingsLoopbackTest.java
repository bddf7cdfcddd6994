package io.jrtc.webrtc.pc;

import static io.jrtc.webrtc.pc.Peers.await;
import static io.jrtc.webrtc.pc.Peers.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCIceCandidate;
import io.jrtc.webrtc.RTCStats;
import io.jrtc.webrtc.RTCStatsReport;
import java.net.Inet4Address;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link JrtcSettings#hostAddressFilter()} and {@link JrtcSettings#mdns()} on 127.0.0.1: which
 * addresses become candidates, and what becomes of a peer's {@code .local} candidate with mDNS
 * off (the default): dropped at once, counted in the transport's stats, nothing multicast. Real
 * resolution over multicast is in the netns tests and jrtc-interop's ChromiumMdnsTest.
 */
class MdnsSettingsLoopbackTest {

    @Test
    void theAddressFilterDecidesWhichLoopbackAddressesBecomeCandidates() {
        // IPv6 on, but the filter lets only IPv4 through: ::1 must not be gathered.
        JrtcSettings settings = JrtcSettings.builder().loopbackOnly(true).ipv6(true)
                .hostAddressFilter(a -> a instanceof Inet4Address).build();
        try (Peers p = new Peers(RTCConfiguration.defaults(), RTCConfiguration.defaults(), settings)) {
            RTCDataChannel ch = p.a.pc.createDataChannel("filtered", io.jrtc.webrtc.RTCDataChannelInit.defaults());
            p.negotiate();
            until(() -> ch.readyState() == RTCDataChannelState.OPEN, "open");
            await(p.a.endOfCandidates, "a's end of candidates");
            RTCStatsReport report = await(p.a.pc.getStats(), "stats");
            List<RTCStats> local = report.ofType("local-candidate");
            assertFalse(local.isEmpty(), report::toJSON);
            for (RTCStats c : local) {
                assertTrue(String.valueOf(c.get("address")).startsWith("127."), () -> "gathered: " + report.toJSON());
            }
        }
    }

    @Test
    void withMdnsOffALocalCandidateIsDroppedAndCounted() {
        try (Peers p = new Peers()) {
            assertFalse(p.a.pc.settings().mdns(), "off by default");
            RTCDataChannel ch = p.a.pc.createDataChannel("plain", io.jrtc.webrtc.RTCDataChannelInit.defaults());
            p.negotiate();
            until(() -> ch.readyState() == RTCDataChannelState.OPEN, "open");
            RTCStats before = await(p.a.pc.getStats(), "stats").ofType("transport").get(0);
            assertEquals(0L, before.get("mdnsResolved"));
            assertEquals(0L, before.get("mdnsUnresolved"));

            String ufrag = p.b.pc.localDescription().orElseThrow().sdp().lines()
                    .filter(l -> l.startsWith("a=ice-ufrag:")).findFirst().orElseThrow().substring("a=ice-ufrag:".length());
            RTCIceCandidate named = RTCIceCandidate.builder()
                    .candidate("candidate:1 1 udp 2113937151 0b6a2e0c-3b9f-4d63-9a6c-2f9bd8c1e0a7.local 40000 typ host")
                    .sdpMid("0").sdpMLineIndex(0).usernameFragment(ufrag).build();
            await(p.a.pc.addIceCandidate(named), "addIceCandidate(.local)");
            until(() -> ((Number) await(p.a.pc.getStats(), "stats").ofType("transport").get(0).get("mdnsUnresolved"))
                    .longValue() == 1, "the .local candidate counted as unresolved");
            RTCStats after = await(p.a.pc.getStats(), "stats").ofType("transport").get(0);
            assertEquals(0L, after.get("mdnsResolved"));
            // The connection carries on over its loopback pair.
            List<String> got = new java.util.concurrent.CopyOnWriteArrayList<>();
            p.b.remoteChannel(0).onMessage(m -> got.add(m.text()));
            ch.send("still here");
            until(() -> got.contains("still here"), "a message after the .local candidate");
        }
    }
}
