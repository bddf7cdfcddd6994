package io.jrtc.bench.ice;

import io.jrtc.ice.IceAgent;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceCredentials;
import io.jrtc.ice.IceDatagram;
import io.jrtc.ice.IceRole;
import io.jrtc.stun.IceControlling;
import io.jrtc.stun.Priority;
import io.jrtc.stun.StunCredentials;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMessageType;
import io.jrtc.stun.Username;
import java.net.InetSocketAddress;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Connectivity checks processed per second by one agent (RFC 8445 §7.3): each operation hands
 * the agent an authenticated Binding request from a peer and takes out its signed response, i.e.
 * decode, FINGERPRINT and MESSAGE-INTEGRITY checks, role and pair bookkeeping, and building the
 * response with HMAC-SHA1 and CRC-32.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IceCheckBenchmark {
    private IceAgent agent;
    private IceDatagram check;
    private long now;

    @Setup
    public void setUp() {
        IceCredentials peer = new IceCredentials("peer", "peerpasswordpeerpassword");
        agent = new IceAgent(IceConfig.builder().role(IceRole.CONTROLLED).random(new Random(1)).build());
        InetSocketAddress local = AgentPair.address(10, 1, 5000);
        agent.addHostAddress(local);
        agent.startGathering(0);
        agent.setRemoteCredentials(peer);
        byte[] request = StunMessage.builder(StunMessageType.BINDING_REQUEST)
                .add(new Username(agent.localCredentials().ufrag() + ":peer")).add(new Priority(1845501695L))
                .add(new IceControlling(42)).messageIntegrity(StunCredentials.shortTermKey(agent.localCredentials().pwd()))
                .fingerprint().build().encode();
        check = IceDatagram.udp(local, AgentPair.address(11, 1, 6000), request);
        while (agent.pollEvent() != null) {
            // discard gathering events
        }
    }

    /** One check in, one response out. */
    @Benchmark
    public IceDatagram checkAndRespond() {
        agent.handleInput(++now, check);
        return agent.pollTransmit();
    }
}
