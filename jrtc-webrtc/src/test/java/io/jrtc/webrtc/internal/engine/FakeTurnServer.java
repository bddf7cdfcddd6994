package io.jrtc.webrtc.internal.engine;

import io.jrtc.stun.ErrorCode;
import io.jrtc.stun.Lifetime;
import io.jrtc.stun.Nonce;
import io.jrtc.stun.PasswordAlgorithm;
import io.jrtc.stun.PasswordAlgorithms;
import io.jrtc.stun.Realm;
import io.jrtc.stun.StunAttribute;
import io.jrtc.stun.StunCredentials;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMessageBuilder;
import io.jrtc.stun.XorMappedAddress;
import io.jrtc.stun.XorRelayedAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * A scripted TURN server for unit tests: it builds the responses a test decides to send. A copy of
 * jrtc-ice's test helper (the modules share no test jar).
 */
public final class FakeTurnServer {
    public static final String USER = "alice";
    public static final String PASSWORD = "secret";
    static final String REALM = "jrtc.test";
    static final InetSocketAddress SERVER = new InetSocketAddress("192.0.2.1", 3478);
    static final InetSocketAddress RELAYED = new InetSocketAddress("192.0.2.1", 50000);
    static final InetSocketAddress MAPPED = new InetSocketAddress("198.51.100.7", 40000);

    String nonce = "nonce-1";
    PasswordAlgorithm algorithm = PasswordAlgorithm.MD5;
    List<PasswordAlgorithm> offered;

    byte[] key() {
        return StunCredentials.longTermKey(algorithm, USER, REALM, PASSWORD);
    }

    static StunMessage decode(byte[] wire) {
        return StunMessage.decode(wire);
    }

    /** A 401 or 438 challenge carrying REALM and NONCE (and PASSWORD-ALGORITHMS if offered). */
    public byte[] challenge(StunMessage request, int code) {
        StunMessageBuilder b = StunMessage.builder(request.type().errorResponse())
                .transactionId(request.transactionId())
                .add(ErrorCode.of(code)).add(new Realm(REALM)).add(new Nonce(nonce));
        if (offered != null) {
            b.add(new PasswordAlgorithms(offered));
        }
        return b.build().encode();
    }

    /** A success response signed with the long-term key. */
    public byte[] success(StunMessage request, StunAttribute... attributes) {
        StunMessageBuilder b = StunMessage.builder(request.type().successResponse())
                .transactionId(request.transactionId());
        for (StunAttribute a : attributes) {
            b.add(a);
        }
        return b.messageIntegrity(key()).fingerprint().build().encode();
    }

    /** The usual Allocate success. */
    public byte[] allocated(StunMessage request, long lifetimeSeconds) {
        return success(request, new XorRelayedAddress(RELAYED), new XorMappedAddress(MAPPED),
                new Lifetime(lifetimeSeconds));
    }

    /** A signed error response. */
    byte[] error(StunMessage request, int code) {
        return StunMessage.builder(request.type().errorResponse()).transactionId(request.transactionId())
                .add(ErrorCode.of(code)).messageIntegrity(key()).build().encode();
    }
}
