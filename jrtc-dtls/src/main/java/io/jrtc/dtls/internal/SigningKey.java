package io.jrtc.dtls.internal;

import java.io.IOException;
import java.security.PrivateKey;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;

/**
 * Our certificate's private key in the form the handshake signs with, made once per certificate:
 * an ECDSA key as Bouncy Castle's lightweight parameters (signing then needs no JCA lookup and no
 * key conversion per handshake), any other key (RSA) as the JCA key it is.
 *
 * @param jca the key as a JCA key, or null if it exists only as {@code ec}
 * @param ec the same key as BC's EC parameters, or null if it is not an EC key
 */
public record SigningKey(PrivateKey jca, ECPrivateKeyParameters ec) {
    /** Checks that there is a key to sign with. */
    public SigningKey {
        if (jca == null && ec == null) {
            throw new IllegalArgumentException("a signing key needs a JCA key or BC EC parameters");
        }
    }

    /** An ECDSA key generated with BC's lightweight API: the handshake signs with it as it is. */
    public static SigningKey ofEc(ECPrivateKeyParameters ec) {
        return new SigningKey(null, java.util.Objects.requireNonNull(ec, "ec"));
    }

    /** Converts {@code key} once; an EC key BC cannot read stays a JCA key (signing then goes through JCA). */
    public static SigningKey of(PrivateKey key) {
        if ("EC".equals(key.getAlgorithm()) && key.getEncoded() != null) {
            try {
                AsymmetricKeyParameter p = PrivateKeyFactory.createKey(key.getEncoded());
                if (p instanceof ECPrivateKeyParameters ec) {
                    return new SigningKey(key, ec);
                }
            } catch (IOException | RuntimeException e) {
                // fall through: the JCA signer handles it
            }
        }
        return new SigningKey(key, null);
    }
}
