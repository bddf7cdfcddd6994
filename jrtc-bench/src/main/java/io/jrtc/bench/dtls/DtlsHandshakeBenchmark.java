package io.jrtc.bench.dtls;

import io.jrtc.dtls.CertificateAlgorithm;
import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.dtls.DtlsConfig;
import io.jrtc.dtls.DtlsRole;
import io.jrtc.dtls.DtlsState;
import io.jrtc.dtls.DtlsTransport;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Complete DTLS 1.2 handshakes per second, a jrtc client and a jrtc server in one JVM handing
 * datagrams to each other directly (no network, no loss): ECDHE key exchange, certificate
 * signatures and fingerprint checks on both sides, use_srtp and the keying-material export. Each
 * operation is one handshake, both sides' work included, plus the virtual-thread hand-offs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DtlsHandshakeBenchmark {
    @Param({"ECDSA_P256", "RSA_2048"})
    public String certificates;

    private DtlsConfig clientConfig;
    private DtlsConfig serverConfig;

    @Setup
    public void certificates() {
        CertificateAlgorithm alg = CertificateAlgorithm.valueOf(certificates);
        DtlsCertificate c = DtlsCertificate.generate(alg, Duration.ofDays(1), Instant.now());
        DtlsCertificate s = DtlsCertificate.generate(alg, Duration.ofDays(1), Instant.now());
        clientConfig = DtlsConfig.builder().role(DtlsRole.CLIENT).certificate(c).remoteFingerprint(s.fingerprint()).build();
        serverConfig = DtlsConfig.builder().role(DtlsRole.SERVER).certificate(s).remoteFingerprint(c.fingerprint()).build();
    }

    /** One handshake from nothing to both sides connected. */
    @Benchmark
    public DtlsState handshake() {
        return handshake(clientConfig, serverConfig);
    }

    static DtlsState handshake(DtlsConfig clientConfig, DtlsConfig serverConfig) {
        DtlsTransport client = new DtlsTransport(clientConfig);
        DtlsTransport server = new DtlsTransport(serverConfig);
        long now = 0;
        server.start(now);
        client.start(now);
        for (int round = 0; round < 100; round++) {
            boolean moved = pump(now, client, server) | pump(now, server, client);
            if (client.state() == DtlsState.CONNECTED && server.state() == DtlsState.CONNECTED) {
                return client.state();
            }
            if (!moved) {
                throw new IllegalStateException("handshake stalled: " + client.state() + " / " + server.state());
            }
        }
        throw new IllegalStateException("handshake did not finish");
    }

    private static boolean pump(long now, DtlsTransport from, DtlsTransport to) {
        boolean moved = false;
        for (byte[] d; (d = from.pollTransmit()) != null; ) {
            to.handleInput(now, d);
            moved = true;
        }
        return moved;
    }
}
