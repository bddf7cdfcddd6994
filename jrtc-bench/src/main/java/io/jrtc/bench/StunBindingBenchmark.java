package io.jrtc.bench;

import io.jrtc.stun.IceControlling;
import io.jrtc.stun.Priority;
import io.jrtc.stun.StunCredentials;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMessageType;
import io.jrtc.stun.UseCandidate;
import io.jrtc.stun.Username;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The ICE connectivity-check hot path: a Binding request as browsers send it (USERNAME, PRIORITY,
 * ICE-CONTROLLING, USE-CANDIDATE, MESSAGE-INTEGRITY, FINGERPRINT), decoded and checked the way an
 * agent must before it answers (RFC 8445 §7.3), and built the way an agent sends one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StunBindingBenchmark {
    private static final String LOCAL_UFRAG = "h6vY";
    private static final String REMOTE_UFRAG = "evtj";
    private static final String PASSWORD = "VOkJxbRl1RmTxUk/WvJxBt";

    private byte[] key;
    private byte[] request;

    @Setup
    public void build() {
        key = StunCredentials.shortTermKey(PASSWORD);
        request = bindingRequest();
    }

    /** Decode only: parse header and attributes. */
    @Benchmark
    public StunMessage decode() {
        return StunMessage.decode(request);
    }

    /** Decode, then verify FINGERPRINT and MESSAGE-INTEGRITY (HMAC-SHA1), as an ICE agent does. */
    @Benchmark
    public boolean decodeAndCheckIntegrity() {
        StunMessage m = StunMessage.decode(request);
        return m.checkFingerprint() && m.checkIntegrity(key);
    }

    /** Build and encode a request with integrity and fingerprint, as an ICE agent sends checks. */
    @Benchmark
    public byte[] encodeWithIntegrity() {
        return bindingRequest();
    }

    private byte[] bindingRequest() {
        return StunMessage.builder(StunMessageType.BINDING_REQUEST)
                .add(new Username(LOCAL_UFRAG + ":" + REMOTE_UFRAG))
                .add(new Priority(1853824767))
                .add(new IceControlling(0x932FF9B151263B36L))
                .add(new UseCandidate())
                .messageIntegrity(key)
                .fingerprint()
                .build()
                .encode();
    }
}
