package io.jrtc.ice.turn;

import io.jrtc.stun.ErrorCode;
import io.jrtc.stun.Nonce;
import io.jrtc.stun.PasswordAlgorithm;
import io.jrtc.stun.PasswordAlgorithms;
import io.jrtc.stun.Realm;
import io.jrtc.stun.StunCredentials;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMessageBuilder;
import io.jrtc.stun.Username;
import java.util.Optional;

/**
 * Long-term credential state (RFC 8489 §9.2): the realm and nonce from the server's last
 * challenge, the chosen password algorithm and the key derived from them.
 */
final class LongTermAuth {
    private final String username;
    private final String password;
    private Realm realm;
    private Nonce nonce;
    private PasswordAlgorithms offered;
    private PasswordAlgorithm algorithm = PasswordAlgorithm.MD5;
    private byte[] key;

    LongTermAuth(String username, String password) {
        this.username = username;
        this.password = password;
    }

    /** True once a challenge was accepted, so requests can be signed. */
    boolean ready() {
        return key != null;
    }

    /** The algorithm the key is derived with. */
    PasswordAlgorithm algorithm() {
        return algorithm;
    }

    /**
     * Takes REALM, NONCE and PASSWORD-ALGORITHMS from a 401 or 438 response (RFC 8489 §9.2.5).
     * Returns false if the challenge is unusable (missing attributes, unsupported algorithms,
     * a realm SASLprep rejects).
     */
    boolean accept(StunMessage challenge) {
        Optional<Realm> r = challenge.get(Realm.class);
        Optional<Nonce> n = challenge.get(Nonce.class);
        if (n.isEmpty() || (r.isEmpty() && realm == null)) {
            return false;
        }
        PasswordAlgorithms algorithms = challenge.get(PasswordAlgorithms.class).orElse(null);
        PasswordAlgorithm chosen = choose(algorithms);
        if (chosen == null) {
            return false;
        }
        Realm newRealm = r.orElse(realm);
        try {
            key = StunCredentials.longTermKey(chosen, username, newRealm.value(), password);
        } catch (IllegalArgumentException e) {
            return false;
        }
        realm = newRealm;
        nonce = n.get();
        offered = algorithms;
        algorithm = chosen;
        return true;
    }

    // §9.2.4: pick from PASSWORD-ALGORITHMS (SHA-256 preferred over MD5); without it, MD5.
    private static PasswordAlgorithm choose(PasswordAlgorithms algorithms) {
        if (algorithms == null) {
            return PasswordAlgorithm.MD5;
        }
        boolean md5 = false;
        for (PasswordAlgorithm a : algorithms.algorithms()) {
            if (a.algorithm() == PasswordAlgorithm.ALGORITHM_SHA256 && a.parameters().length == 0) {
                return PasswordAlgorithm.SHA256;
            }
            md5 |= a.algorithm() == PasswordAlgorithm.ALGORITHM_MD5 && a.parameters().length == 0;
        }
        return md5 ? PasswordAlgorithm.MD5 : null;
    }

    /**
     * Adds USERNAME, REALM, NONCE (and, when the server offered PASSWORD-ALGORITHMS, it and the
     * chosen PASSWORD-ALGORITHM, §9.2.4) and the integrity attributes.
     */
    void sign(StunMessageBuilder b) {
        b.add(new Username(username)).add(realm).add(nonce);
        if (offered != null) {
            b.add(offered).add(algorithm);
        }
        b.messageIntegrity(key);
        if (algorithm.algorithm() == PasswordAlgorithm.ALGORITHM_SHA256) {
            b.messageIntegritySha256(key);
        }
    }

    /**
     * RFC 8489 §9.2.5: a response to a signed request must carry valid integrity, except error
     * responses 400, 401, 420 and 438, which a server may send unsigned.
     */
    boolean authentic(StunMessage response) {
        if (key != null && response.hasIntegritySha256()) {
            return response.checkIntegritySha256(key);
        }
        if (key != null && response.hasIntegrity()) {
            return response.checkIntegrity(key);
        }
        int code = response.get(ErrorCode.class).map(ErrorCode::code).orElse(0);
        return code == 400 || code == 401 || code == 420 || code == 438;
    }
}
