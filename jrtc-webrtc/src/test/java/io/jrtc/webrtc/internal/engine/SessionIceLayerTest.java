package io.jrtc.webrtc.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceGatheringState;
import io.jrtc.ice.session.SessionTransmit;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The session layer's configuration edges: unresolved TURN hosts, host names without a runtime, the pool. */
class SessionIceLayerTest {
    private static final DtlsCertificate CERT = EngineWorld.CERT_A;
    private static final InetSocketAddress BASE = new InetSocketAddress("198.51.100.1", 5000);

    @Test
    void aTurnServerWhoseHostDidNotResolveIsA701CandidateErrorAndGatheringStillCompletes() {
        EngineConfig config = EngineConfig.builder(IceConfig.builder().build(), CERT)
                .turnServer("turn:turn.example.invalid:3478", "u", "p").build();
        TransportEngine engine = new TransportEngine(config, new SessionIceLayer(config, Map.of()));
        engine.addHostAddress(BASE);
        engine.start(0);
        List<EngineEvent> events = new ArrayList<>();
        for (EngineEvent e = engine.pollEvent(); e != null; e = engine.pollEvent()) {
            events.add(e);
        }
        EngineEvent.CandidateError err = events.stream().filter(EngineEvent.CandidateError.class::isInstance)
                .map(EngineEvent.CandidateError.class::cast).findFirst().orElseThrow(() -> new AssertionError(events));
        assertEquals(701, err.errorCode());
        assertEquals("turn:turn.example.invalid:3478", err.url());
        assertTrue(events.contains(new EngineEvent.GatheringStateChanged(IceGatheringState.COMPLETE)), events::toString);
        assertNull(engine.pollStreamTransmit(), "nothing is sent to a server that did not resolve");
    }

    @Test
    void aTurnHostNameNeedsTheRuntimeToResolveIt() {
        EngineConfig config = EngineConfig.builder(IceConfig.builder().build(), CERT)
                .turnServer("turn:turn.example.invalid", "u", "p").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TransportEngine(config));
        assertTrue(e.getMessage().contains("resolve"), e::getMessage);
    }

    @Test
    void aBadTurnUrlFailsAtConfigurationTime() {
        assertThrows(IllegalArgumentException.class, () -> EngineConfig.builder(IceConfig.builder().build(), CERT)
                .turnServer("stun:192.0.2.1", "u", "p"));
        assertThrows(IllegalArgumentException.class, () -> EngineConfig.builder(IceConfig.builder().build(), CERT)
                .candidatePoolSize(256));
    }

    @Test
    void theCandidatePoolAllocatesBeforeTheOfferAndHandsCandidatesOutAtStart() {
        EngineConfig config = EngineConfig.builder(IceConfig.builder().build(), CERT).candidatePoolSize(1)
                .turnServer("turn:192.0.2.10:3478?transport=tcp", "u", "p").build();
        TransportEngine engine = new TransportEngine(config);
        engine.addHostAddress(BASE);
        engine.startCandidatePool(0);
        SessionTransmit first = engine.pollStreamTransmit();
        assertEquals(new SessionTransmit.OpenStream(((SessionTransmit.OpenStream) first).stream(),
                new InetSocketAddress("192.0.2.10", 3478)), first, "the pool opens the TURN connection at once");
        assertNull(engine.pollEvent(), "pooled candidates wait for start");
        engine.start(1);
        List<EngineEvent> events = new ArrayList<>();
        for (EngineEvent e = engine.pollEvent(); e != null; e = engine.pollEvent()) {
            events.add(e);
        }
        assertTrue(events.stream().anyMatch(e -> e instanceof EngineEvent.LocalCandidate c
                && c.candidate().socketAddress().orElseThrow().equals(BASE)), events::toString);
    }

    @Test
    void withoutTurnServersNothingButUdpIsEverAsked() {
        TransportEngine engine = new TransportEngine(EngineConfig.builder(IceConfig.builder().build(), CERT).build());
        engine.addHostAddress(BASE);
        engine.start(0);
        assertNull(engine.pollStreamTransmit());
        assertTrue(engine.ice() instanceof SessionIceLayer, "the session is the default ICE layer");
    }
}
