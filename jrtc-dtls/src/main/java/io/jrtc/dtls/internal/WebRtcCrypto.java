package io.jrtc.dtls.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.NoSuchPaddingException;
import org.bouncycastle.jcajce.util.DefaultJcaJceHelper;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.tls.CertificateType;
import org.bouncycastle.tls.NamedGroup;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsECConfig;
import org.bouncycastle.tls.crypto.TlsECDomain;
import org.bouncycastle.tls.crypto.impl.TlsAEADCipherImpl;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;

/**
 * BC's JCA TLS crypto over the JDK's providers (so AES-GCM records use the JDK's intrinsics), one
 * instance per handshake, with these exceptions:
 *
 * <ul>
 *   <li>The handshake's public-key operations, which run one after another on the path to a
 *       connection, use Bouncy Castle's lightweight API: X25519 ECDHE ({@link X25519Domain}, its
 *       key pair made ahead of time by {@link #prepareEphemeral()}), ECDSA verification by the
 *       peer's certificate ({@link PeerCertificate}) and our own ECDSA signatures
 *       ({@link Signers}). Through JCA each cost a provider lookup and a key conversion besides
 *       the arithmetic.</li>
 *   <li>BC's questions "is this algorithm available?" ({@code hasNamedGroup} and the like) are
 *       answered from one cache per JVM instead of one per instance: each first answer builds
 *       JCA objects, and every handshake asked them afresh.</li>
 *   <li>The two primitives BC's ChaCha20-Poly1305 record cipher asks for by names the JDK does
 *       not register ("ChaCha7539" and a standalone "Poly1305" MAC, RFC 7905), and the remaining
 *       ECDSA/X25519 JCA fallbacks, come from BC's provider (used as a library, not installed
 *       globally).</li>
 *   <li>AES-GCM records use {@link GcmRecordCipher}, which skips BC's per-record parameter lookup.</li>
 * </ul>
 */
public final class WebRtcCrypto extends JcaTlsCrypto {
    private static final Set<String> FROM_BC = Set.of("ChaCha7539", "Poly1305");
    /** Signatures on raw hashes (BC hashes itself) and X25519 ECDHE (RFC 8422 §5), when JCA is used for them. */
    private static final Set<String> FASTER_IN_BC = Set.of("NONEWITHECDSA", "X25519");
    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final Provider BC = new BouncyCastleProvider();
    /** Thread-safe, shared by every handshake: making a SecureRandom costs provider lookups. */
    private static final SecureRandom ENTROPY = new SecureRandom();
    private static final SecureRandom NONCE_ENTROPY = new SecureRandom();
    /** BC's lightweight crypto for the ECDSA signer and verifier; holds nothing but the shared randomness. */
    static final BcTlsCrypto LIGHTWEIGHT = new BcTlsCrypto(ENTROPY);

    private static final Map<Integer, Boolean> NAMED_GROUPS = new ConcurrentHashMap<>();
    private static final Map<Integer, Boolean> ENCRYPTION = new ConcurrentHashMap<>();
    private static final Map<Integer, Boolean> SIGNATURE_SCHEMES = new ConcurrentHashMap<>();
    private static final Map<Integer, Boolean> SIGNATURE_AND_HASH = new ConcurrentHashMap<>();
    private static volatile Boolean rsaEncryption;

    private final EphemeralX25519 ephemeral = new EphemeralX25519(ENTROPY);

    private WebRtcCrypto() {
        super(new Helper(), ENTROPY, NONCE_ENTROPY);
    }

    /** A crypto instance for one handshake. */
    public static WebRtcCrypto create() {
        return new WebRtcCrypto();
    }

    /**
     * Makes this handshake's X25519 key pair now, ahead of the flight that needs it; called on the
     * handshake thread while it waits for the peer. Optional: without it the pair is made when needed.
     */
    public void prepareEphemeral() {
        ephemeral.prepare();
    }

    /** AES-GCM records through {@link GcmRecordCipher}: the same JDK cipher without a per-record provider lookup. */
    @Override
    protected TlsAEADCipherImpl createAEADCipher(String cipherName, String algorithm, int keySize,
            boolean isEncrypting) throws GeneralSecurityException {
        if (AES_GCM.equals(cipherName) && "AES".equals(algorithm)) {
            return new GcmRecordCipher(getHelper().createCipher(cipherName), keySize, isEncrypting);
        }
        return super.createAEADCipher(cipherName, algorithm, keySize, isEncrypting);
    }

    @Override
    public TlsCertificate createCertificate(short type, byte[] encoding) throws IOException {
        if (type != CertificateType.X509) {
            return super.createCertificate(type, encoding); // refuses it as before
        }
        return new PeerCertificate(this, encoding, LIGHTWEIGHT);
    }

    @Override
    public TlsECDomain createECDomain(TlsECConfig ecConfig) {
        return ecConfig.getNamedGroup() == NamedGroup.x25519 ? new X25519Domain(this, ephemeral)
                : super.createECDomain(ecConfig);
    }

    @Override
    public boolean hasNamedGroup(int namedGroup) {
        Boolean known = NAMED_GROUPS.get(namedGroup);
        if (known == null) {
            known = super.hasNamedGroup(namedGroup);
            NAMED_GROUPS.putIfAbsent(namedGroup, known);
        }
        return known;
    }

    @Override
    public boolean hasEncryptionAlgorithm(int encryptionAlgorithm) {
        Boolean known = ENCRYPTION.get(encryptionAlgorithm);
        if (known == null) {
            known = super.hasEncryptionAlgorithm(encryptionAlgorithm);
            ENCRYPTION.putIfAbsent(encryptionAlgorithm, known);
        }
        return known;
    }

    @Override
    public boolean hasSignatureScheme(int signatureScheme) {
        Boolean known = SIGNATURE_SCHEMES.get(signatureScheme);
        if (known == null) {
            known = super.hasSignatureScheme(signatureScheme);
            SIGNATURE_SCHEMES.putIfAbsent(signatureScheme, known);
        }
        return known;
    }

    @Override
    public boolean hasSignatureAndHashAlgorithm(SignatureAndHashAlgorithm algorithm) {
        int key = (algorithm.getHash() << 8) | algorithm.getSignature();
        Boolean known = SIGNATURE_AND_HASH.get(key);
        if (known == null) {
            known = super.hasSignatureAndHashAlgorithm(algorithm);
            SIGNATURE_AND_HASH.putIfAbsent(key, known);
        }
        return known;
    }

    @Override
    public boolean hasRSAEncryption() {
        Boolean known = rsaEncryption;
        if (known == null) {
            known = super.hasRSAEncryption();
            rsaEncryption = known;
        }
        return known;
    }

    /** Our private key in the form the handshake signs with fastest; call once per certificate. */
    public static SigningKey signingKey(PrivateKey key) {
        return SigningKey.of(key);
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
