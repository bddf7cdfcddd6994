package io.jrtc.webrtc.pc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.examples.InMemorySignaling;
import io.jrtc.examples.PerfectNegotiation;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCSignalingState;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Glare: both sides offer at the same moment; perfect negotiation settles it. */
class PerfectNegotiationTest {

    @Test
    void bothOfferAtOnceAndThePoliteSideRollsBackImplicitly() throws Exception {
        try (InMemorySignaling signaling = new InMemorySignaling();
                RTCPeerConnection impolite = new RTCPeerConnection(RTCConfiguration.defaults(), Peers.LOOPBACK);
                RTCPeerConnection polite = new RTCPeerConnection(RTCConfiguration.defaults(), Peers.LOOPBACK)) {
            PerfectNegotiation a = new PerfectNegotiation(impolite, signaling.first(), false);
            PerfectNegotiation b = new PerfectNegotiation(polite, signaling.second(), true);
            List<RTCSignalingState> politeStates = new CopyOnWriteArrayList<>();
            CountDownLatch offers = new CountDownLatch(2);
            CompletableFuture<Void> bothOffered = new CompletableFuture<>();
            impolite.onSignalingStateChange(s -> {
                if (s == RTCSignalingState.HAVE_LOCAL_OFFER) {
                    offers.countDown();
                }
            });
            polite.onSignalingStateChange(s -> {
                politeStates.add(s);
                if (s == RTCSignalingState.HAVE_LOCAL_OFFER) {
                    offers.countDown();
                }
            });
            // Neither hears the other until both have offered.
            signaling.first().holdUntil(bothOffered);
            signaling.second().holdUntil(bothOffered);
            CompletableFuture<String> heardByImpolite = new CompletableFuture<>();
            CompletableFuture<String> heardByPolite = new CompletableFuture<>();
            impolite.onDataChannel(ch -> ch.onMessage(m -> heardByImpolite.complete(m.text())));
            polite.onDataChannel(ch -> ch.onMessage(m -> heardByPolite.complete(m.text())));

            RTCDataChannel fromImpolite = impolite.createDataChannel("impolite");
            RTCDataChannel fromPolite = polite.createDataChannel("polite");
            assertTrue(offers.await(30, java.util.concurrent.TimeUnit.SECONDS), "both offered");
            bothOffered.complete(null);

            Peers.until(() -> fromImpolite.readyState() == RTCDataChannelState.OPEN
                    && fromPolite.readyState() == RTCDataChannelState.OPEN, "both channels open");
            fromImpolite.send("from impolite");
            fromPolite.send("from polite");
            assertEquals("from impolite", Peers.await(heardByPolite, "polite hears"));
            assertEquals("from polite", Peers.await(heardByImpolite, "impolite hears"));
            Peers.until(() -> impolite.signalingState() == RTCSignalingState.STABLE
                    && polite.signalingState() == RTCSignalingState.STABLE, "both stable");
            // The polite side: have-local-offer, then (implicit rollback) have-remote-offer, then stable.
            assertEquals(RTCSignalingState.HAVE_LOCAL_OFFER, politeStates.get(0));
            assertTrue(politeStates.contains(RTCSignalingState.HAVE_REMOTE_OFFER), politeStates::toString);
            assertTrue(a.errors.isEmpty() && b.errors.isEmpty(), () -> a.errors + " " + b.errors);
        }
    }
}
