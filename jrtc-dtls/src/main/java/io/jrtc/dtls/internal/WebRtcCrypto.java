package io.jrtc.dtls.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.NoSuchPaddingException;
import org.bouncycastle.jcajce.util.DefaultJcaJceHelper;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.tls.crypto.impl.TlsAEADCipherImpl;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;

/**
 * BC's JCA TLS crypto over the JDK's providers (so AES-GCM records use the JDK's intrinsics),
 * except for the primitives Bouncy Castle's own provider (used as a library, not installed
 * globally) serves instead: the two BC's ChaCha20-Poly1305 record cipher asks for by names the
 * JDK does not register ("ChaCha7539" and a standalone "Poly1305" MAC, RFC 7905), and the
 * handshake's ECDSA and X25519 operations, which run one after another on the path to a
 * connection and which BC's provider does in a fraction of the JDK 25 provider's CPU time
 * (measured per operation: ECDSA verify about 170 us against 500 us, X25519 key pair plus
 * agreement about 160 us against 330 us). AES-GCM records use {@link GcmRecordCipher}, which
 * skips BC's per-record parameter lookup.
 */
public final class WebRtcCrypto {
    private static final Set<String> FROM_BC = Set.of("ChaCha7539", "Poly1305");
    /** The handshake's signatures on raw hashes (BC hashes itself) and X25519 ECDHE (RFC 8422 §5). */
    private static final Set<String> FASTER_IN_BC = Set.of("NONEWITHECDSA", "X25519");
    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final Provider BC = new BouncyCastleProvider();

    private WebRtcCrypto() {}

    /** A new crypto instance with fresh randomness. */
    public static JcaTlsCrypto create() {
        return new JcaTlsCrypto(new Helper(), new SecureRandom(), new SecureRandom()) {
            /** AES-GCM records through {@link GcmRecordCipher}: the same JDK cipher without a per-record provider lookup. */
            @Override
            protected TlsAEADCipherImpl createAEADCipher(String cipherName, String algorithm, int keySize,
                    boolean isEncrypting) throws GeneralSecurityException {
                if (AES_GCM.equals(cipherName) && "AES".equals(algorithm)) {
                    return new GcmRecordCipher(getHelper().createCipher(cipherName), keySize, isEncrypting);
                }
                return super.createAEADCipher(cipherName, algorithm, keySize, isEncrypting);
            }
        };
    }

    /**
     * Our ECDSA private key as BC's provider's own key class, so that signing with it does not
     * convert a JDK key on every handshake; other keys as they are. Call once per certificate.
     */
    public static PrivateKey signingKey(PrivateKey key) {
        if (!"EC".equals(key.getAlgorithm()) || key.getEncoded() == null) {
            return key;
        }
        try {
            return KeyFactory.getInstance("EC", BC).generatePrivate(new PKCS8EncodedKeySpec(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            return key; // the JDK's key still works with BC's provider, only more slowly
        }
    }

    private static boolean fasterInBc(String algorithm) {
        return FASTER_IN_BC.contains(algorithm.toUpperCase(java.util.Locale.ROOT));
    }

    private static final class Helper extends DefaultJcaJceHelper {
        @Override
        public Signature createSignature(String algorithm) throws NoSuchAlgorithmException {
            return fasterInBc(algorithm) ? Signature.getInstance(algorithm, BC) : super.createSignature(algorithm);
        }

        @Override
        public KeyAgreement createKeyAgreement(String algorithm) throws NoSuchAlgorithmException {
            return fasterInBc(algorithm) ? KeyAgreement.getInstance(algorithm, BC)
                    : super.createKeyAgreement(algorithm);
        }

        @Override
        public KeyPairGenerator createKeyPairGenerator(String algorithm) throws NoSuchAlgorithmException {
            return fasterInBc(algorithm) ? KeyPairGenerator.getInstance(algorithm, BC)
                    : super.createKeyPairGenerator(algorithm);
        }

        @Override
        public KeyFactory createKeyFactory(String algorithm) throws NoSuchAlgorithmException {
            return fasterInBc(algorithm) ? KeyFactory.getInstance(algorithm, BC) : super.createKeyFactory(algorithm);
        }

        @Override
        public Cipher createCipher(String algorithm) throws NoSuchAlgorithmException, NoSuchPaddingException {
            return FROM_BC.contains(algorithm) ? Cipher.getInstance(algorithm, BC) : super.createCipher(algorithm);
        }

        @Override
        public Mac createMac(String algorithm) throws NoSuchAlgorithmException {
            return FROM_BC.contains(algorithm) ? Mac.getInstance(algorithm, BC) : super.createMac(algorithm);
        }
    }
}
