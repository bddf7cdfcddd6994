package io.jrtc.webrtc.pc;

import static io.jrtc.webrtc.pc.Peers.await;
import static io.jrtc.webrtc.pc.Peers.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Two jrtc peers where the offer reaches the answerer in the pre-RFC 8841 format (as an older
 * stack writes it): the answerer answers in that format and the data channel opens and carries
 * messages both ways.
 */
class LegacyDataSectionLoopbackTest {

    /** The offer as a pre-RFC 8841 stack writes it: DTLS/SCTP with the port as format and an sctpmap. */
    static String legacy(String sdp) {
        String out = sdp.replaceAll("m=application (\\d+) UDP/DTLS/SCTP webrtc-datachannel", "m=application $1 DTLS/SCTP 5000")
                .replaceAll("a=sctp-port:5000\r\n", "a=sctpmap:5000 webrtc-datachannel 1024\r\n")
                .replaceAll("a=max-message-size:\\d+\r\n", "");
        assertTrue(out.contains("m=application 9 DTLS/SCTP 5000\r\n") && out.contains("a=sctpmap:5000"), out);
        return out;
    }

    @Test
    void aDataChannelOpensWhenTheOfferUsesTheLegacyFormat() {
        try (Peers p = new Peers()) {
            RTCDataChannel ch = p.a.pc.createDataChannel("legacy");
            await(p.a.pc.setLocalDescription(), "offer");
            p.b.setRemote(RTCSessionDescription.of(RTCSdpType.OFFER, legacy(p.a.pc.localDescription().orElseThrow().sdp())));
            await(p.b.pc.setLocalDescription(), "answer");
            String answer = p.b.pc.localDescription().orElseThrow().sdp();
            assertTrue(answer.contains("m=application 9 DTLS/SCTP 5000\r\n"), answer);
            assertTrue(answer.contains("a=sctpmap:5000 webrtc-datachannel 1024\r\n"), answer);
            p.a.setRemote(p.b.pc.localDescription().orElseThrow());

            until(() -> ch.readyState() == RTCDataChannelState.OPEN, "the channel opens", () -> p.a.events + " / " + p.b.events);
            RTCDataChannel far = p.b.remoteChannel(0);
            assertEquals("legacy", far.label());
            List<String> atB = new CopyOnWriteArrayList<>();
            far.onMessage(m -> {
                atB.add(m.text());
                far.send("echo " + m.text());
            });
            CompletableFuture<String> echoed = new CompletableFuture<>();
            ch.onMessage(m -> echoed.complete(m.text()));
            ch.send("over a legacy data section");
            assertEquals("echo over a legacy data section", await(echoed, "the echo"));
            assertEquals(List.of("over a legacy data section"), atB);
            assertEquals(65_536.0, p.b.pc.sctp().orElseThrow().maxMessageSize(),
                    "the offer gave no max-message-size: 64 KB (RFC 8841 section 6.1)");
        }
    }
}
