package io.jrtc.bench.turn;

import io.jrtc.ice.mdns.MdnsPacket;
import io.jrtc.ice.mdns.MdnsParseException;
import io.jrtc.ice.mdns.MdnsRecord;
import io.jrtc.ice.turn.TurnClient;
import io.jrtc.ice.turn.TurnClientConfig;
import io.jrtc.ice.turn.TurnEvent;
import io.jrtc.stun.ChannelData;
import io.jrtc.stun.Data;
import io.jrtc.stun.ErrorCode;
import io.jrtc.stun.Lifetime;
import io.jrtc.stun.Nonce;
import io.jrtc.stun.Realm;
import io.jrtc.stun.StunClass;
import io.jrtc.stun.StunCredentials;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMethod;
import io.jrtc.stun.XorPeerAddress;
import io.jrtc.stun.XorRelayedAddress;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The TURN client's data path once allocated: relaying a 1200-byte datagram out (Send indication
 * versus ChannelData) and in (Data indication versus ChannelData), plus parsing an mDNS answer.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TurnRelayBenchmark {
    private static final InetSocketAddress SERVER = new InetSocketAddress("192.0.2.1", 3478);
    private static final InetSocketAddress BOUND = new InetSocketAddress("203.0.113.5", 6000);
    private static final InetSocketAddress UNBOUND = new InetSocketAddress("203.0.113.6", 6000);

    private TurnClient client;
    private byte[] payload;
    private byte[] dataIndication;
    private byte[] channelData;
    private byte[] mdnsAnswer;

    @Setup
    public void allocate() throws Exception {
        client = new TurnClient(TurnClientConfig.builder(SERVER, "user", "pass").build());
        byte[] key = StunCredentials.longTermKey("user", "realm", "pass");
        client.allocate(0);
        StunMessage first = StunMessage.decode(client.pollTransmit());
        deliver(StunMessage.builder(first.type().errorResponse()).transactionId(first.transactionId())
                .add(ErrorCode.of(401)).add(new Realm("realm")).add(new Nonce("n")).build().encode());
        StunMessage signed = StunMessage.decode(client.pollTransmit());
        deliver(StunMessage.builder(signed.type().successResponse()).transactionId(signed.transactionId())
                .add(new XorRelayedAddress(new InetSocketAddress("192.0.2.1", 50000))).add(new Lifetime(600))
                .messageIntegrity(key).build().encode());
        client.createPermission(0, UNBOUND);
        client.bindChannel(0, BOUND);
        for (byte[] b = client.pollTransmit(); b != null; b = client.pollTransmit()) {
            StunMessage req = StunMessage.decode(b);
            deliver(StunMessage.builder(req.type().successResponse()).transactionId(req.transactionId())
                    .messageIntegrity(key).build().encode());
        }
        while (client.pollEvent() != null) {
            // setup events
        }
        payload = new byte[1200];
        dataIndication = StunMessage.builder(StunMethod.DATA, StunClass.INDICATION).add(new XorPeerAddress(UNBOUND))
                .add(Data.of(payload)).build().encode();
        channelData = ChannelData.of(0x4000, payload).encode(false);
        mdnsAnswer = new MdnsPacket(0, true, List.of(), List.of(MdnsRecord.address(
                "1f9d1c2e-4d1b-4a8e-9f3e-0c2b8a7d6e5f.local", InetAddress.getByName("192.168.1.20"), 120))).encode();
    }

    private void deliver(byte[] b) {
        client.handleInput(0, b, 0, b.length);
    }

    /** Out through a Send indication (no channel). */
    @Benchmark
    public byte[] sendIndication() {
        client.send(1, UNBOUND, payload);
        return client.pollTransmit();
    }

    /** Out as ChannelData on a bound channel. */
    @Benchmark
    public byte[] sendChannelData() {
        client.send(1, BOUND, payload);
        return client.pollTransmit();
    }

    /** In from a Data indication to a PeerData event. */
    @Benchmark
    public TurnEvent receiveDataIndication() {
        client.handleInput(1, dataIndication, 0, dataIndication.length);
        return client.pollEvent();
    }

    /** In from ChannelData to a PeerData event. */
    @Benchmark
    public TurnEvent receiveChannelData() {
        client.handleInput(1, channelData, 0, channelData.length);
        return client.pollEvent();
    }

    /** Parse an mDNS answer for a UUID name. */
    @Benchmark
    public MdnsPacket parseMdnsAnswer() throws MdnsParseException {
        return MdnsPacket.parse(mdnsAnswer);
    }
}
