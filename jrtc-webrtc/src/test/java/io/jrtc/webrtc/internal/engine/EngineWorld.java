package io.jrtc.webrtc.internal.engine;

import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.dtls.DtlsFingerprint;
import io.jrtc.dtls.DtlsRole;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceRole;
import io.jrtc.testkit.Host;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.testkit.Nat;
import io.jrtc.testkit.NatType;
import io.jrtc.testkit.Simulation;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * Two engines on a seeded simulated network: {@code a} the offerer (ICE controlling, DTLS
 * {@code actpass} answered with {@code active} by b, so b is the DTLS client, as browsers answer),
 * signaling straight across.
 */
final class EngineWorld {
    static final DtlsCertificate CERT_A = DtlsCertificate.generate();
    static final DtlsCertificate CERT_B = DtlsCertificate.generate();

    final Simulation sim;
    final Host hostA;
    final Host hostB;
    final Nat nat;
    final EnginePeer a;
    final EnginePeer b;

    EngineWorld(long seed, LinkConditions link, NatType natForA) {
        this(seed, link, natForA, IceRole.CONTROLLED, false);
    }

    /** With {@code pmtud}, both engines run Path MTU discovery (RFC 8899). */
    EngineWorld(long seed, LinkConditions link, NatType natForA, boolean pmtud) {
        this(seed, link, natForA, IceRole.CONTROLLED, pmtud);
    }

    /** Like the other, with b's initial ICE role (CONTROLLING forces a role conflict, RFC 8445 §7.3.1.1). */
    EngineWorld(long seed, LinkConditions link, NatType natForA, IceRole roleB) {
        this(seed, link, natForA, roleB, false);
    }

    private EngineWorld(long seed, LinkConditions link, NatType natForA, IceRole roleB, boolean pmtud) {
        sim = Simulation.seeded(seed);
        sim.maxSteps(Long.MAX_VALUE);
        hostA = sim.host(natForA == null ? "198.51.100.1" : "10.0.0.1");
        hostB = sim.host("198.51.100.2");
        nat = natForA == null ? null : sim.nat(natForA, "203.0.113.1", hostA);
        sim.link(nat != null ? nat : hostA, hostB, link);
        a = new EnginePeer("a", new TransportEngine(config(seed, IceRole.CONTROLLING, CERT_A, pmtud)));
        b = new EnginePeer("b", new TransportEngine(config(seed + 1, roleB, CERT_B, pmtud)));
        InetSocketAddress addrA = sim.bind(hostA, 5000, a);
        InetSocketAddress addrB = sim.bind(hostB, 5000, b);
        a.engine.addHostAddress(addrA);
        b.engine.addHostAddress(addrB);
        a.signal = c -> b.engine.addRemoteCandidate(c);
        b.signal = c -> a.engine.addRemoteCandidate(c);
        a.endOfCandidates = b.engine::endOfRemoteCandidates;
        b.endOfCandidates = a.engine::endOfRemoteCandidates;
    }

    EngineWorld(long seed) {
        this(seed, LinkConditions.builder().delay(Duration.ofMillis(20)).build(), null);
    }

    static EngineConfig config(long seed, IceRole role, DtlsCertificate cert) {
        return config(seed, role, cert, false);
    }

    static EngineConfig config(long seed, IceRole role, DtlsCertificate cert, boolean pmtud) {
        return EngineConfig.builder(IceConfig.builder().role(role).random(new Random(seed)).build(), cert)
                .random(new Random(seed)).pathMtuDiscovery(pmtud).build();
    }

    /** Offer/answer with the real fingerprints. */
    EngineWorld start() {
        return start(CERT_B.fingerprint(), CERT_A.fingerprint());
    }

    /** Offer/answer where a expects {@code fingerprintForB} and b expects {@code fingerprintForA}. */
    EngineWorld start(DtlsFingerprint fingerprintForB, DtlsFingerprint fingerprintForA) {
        long now = sim.now();
        a.engine.start(now);
        b.engine.start(now);
        a.engine.setRemote(now, RemoteParameters.of(b.engine.localCredentials(), List.of(fingerprintForB), DtlsRole.SERVER));
        b.engine.setRemote(now, RemoteParameters.of(a.engine.localCredentials(), List.of(fingerprintForA), DtlsRole.CLIENT));
        a.drain();
        b.drain();
        return this;
    }

    boolean run(java.util.function.BooleanSupplier until, Duration limit) {
        return sim.runUntil(until, limit);
    }

    boolean connected() {
        return a.engine.state() == TransportState.CONNECTED && b.engine.state() == TransportState.CONNECTED;
    }
}
