package io.jrtc.dtls.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.junit.jupiter.api.Test;

/** The handshake's ephemeral X25519 key pair: made ahead, handed out once, never twice. */
class EphemeralX25519Test {
    @Test
    void aPreparedPairIsHandedOutOnceAndLaterRequestsGetFreshOnes() {
        EphemeralX25519 keys = new EphemeralX25519(new SecureRandom());
        keys.prepare();
        keys.prepare(); // a second prepare keeps the first pair
        Set<String> publics = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            byte[][] pair = keys.take();
            byte[] expected = new byte[X25519.POINT_SIZE];
            X25519.generatePublicKey(pair[0], 0, expected, 0);
            assertArrayEquals(expected, pair[1], "the public key belongs to the private key");
            publics.add(Arrays.toString(pair[1]));
        }
        assertEquals(5, publics.size(), "no pair is handed out twice");
        keys.prepare(); // after the handshake took its pair: nothing is made for nobody
        byte[][] after = keys.take();
        assertFalse(publics.contains(Arrays.toString(after[1])));
    }

    @Test
    void twoHandshakesNeverShareAPair() {
        SecureRandom random = new SecureRandom();
        EphemeralX25519 a = new EphemeralX25519(random);
        EphemeralX25519 b = new EphemeralX25519(random);
        a.prepare();
        b.prepare();
        assertFalse(Arrays.equals(a.take()[1], b.take()[1]));
    }
}
