package io.jrtc.ice.session;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceCandidateParseException;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceCredentials;
import io.jrtc.ice.IceRole;
import java.net.InetSocketAddress;
import java.util.Random;

/**
 * Jazzer target: arbitrary input on every path into a session (UDP on its base from a peer and
 * from its UDP TURN server, bytes on its TCP TURN stream, mDNS, remote candidate lines, timeouts).
 * Any exception is a bug. Seeds in
 * {@code src/test/resources/io/jrtc/ice/session/SessionFuzzTestInputs/inputs/}.
 */
class SessionFuzzTest {
    private static final InetSocketAddress BASE = new InetSocketAddress("198.51.100.1", 5000);
    private static final InetSocketAddress TURN_UDP = new InetSocketAddress("192.0.2.1", 3478);
    private static final InetSocketAddress PEER = new InetSocketAddress("203.0.113.9", 4000);

    @FuzzTest
    void inputs(FuzzedDataProvider data) {
        IceSession s = new IceSession(IceSessionConfig.builder(IceConfig.builder().role(IceRole.CONTROLLING)
                        .random(new Random(1)).build())
                .turnServer(TurnServer.of("turn:192.0.2.1:3478", "u", "p"))
                .turnServer(TurnServer.of("turn:192.0.2.2:3478?transport=tcp", "u", "p"))
                .obfuscateHostCandidates(true).build());
        s.addHostAddress(BASE);
        s.setRemoteCredentials(new IceCredentials("abcd", "0123456789abcdef012345"));
        s.startGathering(0);
        s.handleStreamConnected(1, 1);
        long now = 2;
        while (data.remainingBytes() > 0) {
            now += data.consumeInt(0, 2_000_000_000);
            switch (data.consumeInt(0, 5)) {
                case 0 -> s.handleUdpInput(now, BASE, PEER, data.consumeBytes(data.consumeInt(0, 1500)));
                case 1 -> s.handleUdpInput(now, BASE, TURN_UDP, data.consumeBytes(data.consumeInt(0, 1500)));
                case 2 -> {
                    byte[] b = data.consumeBytes(data.consumeInt(0, 1500));
                    s.handleStreamInput(now, data.consumeInt(0, 2), b, 0, b.length);
                }
                case 3 -> {
                    byte[] b = data.consumeBytes(data.consumeInt(0, 1500));
                    s.handleMdnsInput(now, PEER, b, 0, b.length);
                }
                case 4 -> {
                    try {
                        s.addRemoteCandidate(now, IceCandidate.parse(data.consumeString(200)));
                    } catch (IceCandidateParseException e) {
                        // not a candidate line: the parser's one exception
                    }
                }
                default -> s.handleTimeout(now);
            }
            while (s.pollTransmit() != null || s.pollEvent() != null) {
                // drain
            }
        }
    }
}
