package io.jrtc.dtls.internal;

import java.security.SecureRandom;
import org.bouncycastle.math.ec.rfc7748.X25519;

/**
 * One handshake's X25519 ephemeral key pair (RFC 8422 §5.11, RFC 7748 §6.1), made ahead of the
 * flight that carries it so that Bouncy Castle's key generation is off the handshake's critical
 * path: the handshake thread makes it while it waits for the peer's first flight
 * ({@link #prepare}). Each pair is handed out once ({@link #take}); a second request, or one
 * before {@code prepare} ran, gets a new pair made on the spot. Never shared between handshakes.
 */
final class EphemeralX25519 {
    private final SecureRandom random;
    private byte[] privateKey;
    private byte[] publicKey;
    private boolean taken;

    EphemeralX25519(SecureRandom random) {
        this.random = random;
    }

    /** Makes the key pair now, if it has not been made or handed out yet. */
    synchronized void prepare() {
        if (privateKey == null && !taken) {
            generate();
        }
    }

    /** The prepared key pair, handed out once: {private key, public key}; later calls make new ones. */
    synchronized byte[][] take() {
        if (privateKey == null || taken) {
            generate();
        }
        taken = true;
        byte[][] pair = {privateKey, publicKey};
        privateKey = null;
        publicKey = null;
        return pair;
    }

    private void generate() {
        privateKey = new byte[X25519.SCALAR_SIZE];
        X25519.generatePrivateKey(random, privateKey);
        publicKey = new byte[X25519.POINT_SIZE];
        X25519.generatePublicKey(privateKey, 0, publicKey, 0);
    }
}
