package io.jrtc.bench.dtls;

import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.dtls.DtlsConfig;
import io.jrtc.dtls.DtlsEvent;
import io.jrtc.dtls.DtlsRole;
import io.jrtc.dtls.DtlsState;
import io.jrtc.dtls.DtlsTransport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Application data after the handshake, on the caller's thread (no thread hop): one 1,100-byte
 * record (an SCTP packet's size under a 1200-byte MTU) encrypted by the client and decrypted by
 * the server, AES-128-GCM (the suite browsers pick first).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DtlsRecordBenchmark {
    private final byte[] payload = new byte[1100];
    private DtlsTransport client;
    private DtlsTransport server;

    @Setup
    public void connect() {
        DtlsCertificate c = DtlsCertificate.generate();
        DtlsCertificate s = DtlsCertificate.generate();
        client = new DtlsTransport(DtlsConfig.builder().role(DtlsRole.CLIENT).certificate(c)
                .remoteFingerprint(s.fingerprint()).build());
        server = new DtlsTransport(DtlsConfig.builder().role(DtlsRole.SERVER).certificate(s)
                .remoteFingerprint(c.fingerprint()).build());
        server.start(0);
        client.start(0);
        while (client.state() != DtlsState.CONNECTED || server.state() != DtlsState.CONNECTED) {
            for (byte[] d; (d = client.pollTransmit()) != null; ) {
                server.handleInput(0, d);
            }
            for (byte[] d; (d = server.pollTransmit()) != null; ) {
                client.handleInput(0, d);
            }
        }
        while (server.pollEvent() != null) {
            // the handshake's events
        }
    }

    /** Encrypt on one side, decrypt on the other: one record each way of the pipeline. */
    @Benchmark
    public DtlsEvent sendAndReceive() {
        client.send(payload);
        server.handleInput(0, client.pollTransmit());
        return server.pollEvent();
    }
}
