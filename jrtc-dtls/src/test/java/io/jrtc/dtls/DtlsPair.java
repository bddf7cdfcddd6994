package io.jrtc.dtls;

import io.jrtc.testkit.Host;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.testkit.Simulation;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/** A jrtc client and a jrtc server on a seeded simulated network. */
final class DtlsPair {
    static final DtlsCertificate CLIENT_CERT = DtlsCertificate.generate();
    static final DtlsCertificate SERVER_CERT = DtlsCertificate.generate();

    final Simulation sim;
    final DtlsNode client;
    final DtlsNode server;

    DtlsPair(long seed, LinkConditions link, UnaryOperator<DtlsConfig.Builder> clientTweak,
            UnaryOperator<DtlsConfig.Builder> serverTweak) {
        this(seed, link, CLIENT_CERT, SERVER_CERT, clientTweak, serverTweak);
    }

    DtlsPair(long seed, LinkConditions link, DtlsCertificate clientCert, DtlsCertificate serverCert,
            UnaryOperator<DtlsConfig.Builder> clientTweak, UnaryOperator<DtlsConfig.Builder> serverTweak) {
        sim = Simulation.seeded(seed);
        Host a = sim.host("10.0.0.1");
        Host b = sim.host("10.0.0.2");
        sim.link(a, b, link);
        DtlsConfig cc = clientTweak.apply(DtlsConfig.builder().role(DtlsRole.CLIENT).certificate(clientCert)
                .remoteFingerprint(serverCert.fingerprint())).build();
        DtlsConfig sc = serverTweak.apply(DtlsConfig.builder().role(DtlsRole.SERVER).certificate(serverCert)
                .remoteFingerprint(clientCert.fingerprint())).build();
        client = new DtlsNode(cc, a.address(5000), b.address(5000));
        server = new DtlsNode(sc, b.address(5000), a.address(5000));
        sim.bind(a, 5000, client);
        sim.bind(b, 5000, server);
    }

    static DtlsPair plain(long seed) {
        return new DtlsPair(seed, delayed(), b -> b, b -> b);
    }

    static LinkConditions delayed() {
        return LinkConditions.builder().delay(Duration.ofMillis(20)).build();
    }

    /** Starts both (server first, as a browser's answerer would be listening) and runs until both settle. */
    boolean handshake(Duration limit) {
        server.start(sim.now());
        client.start(sim.now());
        return sim.runUntil(() -> client.settled() && server.settled(), limit);
    }

    List<DtlsNode> both() {
        return List.of(client, server);
    }
}
