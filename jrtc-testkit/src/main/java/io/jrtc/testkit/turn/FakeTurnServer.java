package io.jrtc.testkit.turn;

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

/** A scripted TURN server for unit tests: it builds the responses a test decides to send. */
public final class FakeTurnServer {
    /** The long-term credential user name. */
    public static final String USER = "alice";
    /** The long-term credential password. */
    public static final String PASSWORD = "secret";
    /** The realm sent in challenges. */
    public static final String REALM = "jrtc.test";
    /** A documentation address (RFC 5737) standing for the server. */
    public static final InetSocketAddress SERVER = new InetSocketAddress("192.0.2.1", 3478);
    /** The relayed address {@link #allocated} reports. */
    public static final InetSocketAddress RELAYED = new InetSocketAddress("192.0.2.1", 50000);
    /** The mapped address {@link #allocated} reports. */
    public static final InetSocketAddress MAPPED = new InetSocketAddress("198.51.100.7", 40000);

    /** The NONCE the next challenge carries; a test changes it to make the client retry. */
    public String nonce = "nonce-1";
    /** The algorithm the long-term key is derived with (RFC 8489 §9.2.2). */
    public PasswordAlgorithm algorithm = PasswordAlgorithm.MD5;
    /** The PASSWORD-ALGORITHMS a challenge offers, or null to offer none. */
    public List<PasswordAlgorithm> offered;

    /** The long-term key for {@link #USER}, {@link #REALM}, {@link #PASSWORD} and {@link #algorithm}. */
    public byte[] key() {
        return StunCredentials.longTermKey(algorithm, USER, REALM, PASSWORD);
    }

    /** Decodes what the client sent. */
    public static StunMessage decode(byte[] wire) {
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
    public byte[] error(StunMessage request, int code) {
        return StunMessage.builder(request.type().errorResponse()).transactionId(request.transactionId())
                .add(ErrorCode.of(code)).messageIntegrity(key()).build().encode();
    }
}
