package io.jrtc.dtls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcECContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed certificate and its private key, the equivalent of
 * {@code RTCPeerConnection.generateCertificate()}: WebRTC authenticates peers by the fingerprint
 * of this certificate carried in SDP (RFC 8827 §6.5), not by a CA chain.
 */
public final class DtlsCertificate {
    /** Validity used when none is given: 30 days, as browsers do. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(30);

    /** Thread-safe and shared: making a SecureRandom per certificate costs provider lookups and seeding. */
    private static final SecureRandom RANDOM = new SecureRandom();
    /** P-256 on BC's custom curve (fast field arithmetic), named so the key encodes as its OID. */
    private static final ECNamedDomainParameters P256;
    private static final AlgorithmIdentifier SHA256_WITH_ECDSA =
            new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
    private static final AlgorithmIdentifier SHA256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256);

    static {
        X9ECParameters curve = CustomNamedCurves.getByOID(SECObjectIdentifiers.secp256r1);
        P256 = new ECNamedDomainParameters(SECObjectIdentifiers.secp256r1, curve);
    }

    private final CertificateAlgorithm algorithm;
    /** The JCA key: as generated (RSA), or converted from {@link #ecKey} on first use (a benign race). */
    private volatile PrivateKey privateKey;
    /** The ECDSA key as BC's lightweight parameters, or null for RSA. */
    private final ECPrivateKeyParameters ecKey;
    private final byte[] der;
    private final Instant expires;
    /** The key in the handshake signer's form ({@link #ecKey} as is, an RSA key as JCA), on first use (a benign race). */
    private volatile io.jrtc.dtls.internal.SigningKey handshakeKey;
    /** The parsed certificate, on first use (a benign race: equal values). */
    private volatile java.security.cert.X509Certificate x509;

    private DtlsCertificate(CertificateAlgorithm algorithm, PrivateKey privateKey, ECPrivateKeyParameters ecKey,
            byte[] der, Instant expires) {
        this.algorithm = algorithm;
        this.privateKey = privateKey;
        this.ecKey = ecKey;
        this.der = der;
        this.expires = expires;
    }

    /** A new ECDSA P-256 certificate valid for {@link #DEFAULT_VALIDITY}. */
    public static DtlsCertificate generate() {
        return generate(CertificateAlgorithm.ECDSA_P256, DEFAULT_VALIDITY, Instant.now());
    }

    /**
     * A new self-signed certificate.
     *
     * @param algorithm the key type
     * @param validity how long it stays valid from {@code notBefore}
     * @param notBefore the start of validity (the caller's clock; the core reads none)
     */
    public static DtlsCertificate generate(CertificateAlgorithm algorithm, Duration validity, Instant notBefore) {
        Objects.requireNonNull(algorithm, "algorithm");
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive: " + validity);
        }
        SecureRandom random = RANDOM;
        Instant expires = notBefore.plus(validity);
        // WebRTC certificates carry a random name and serial; nothing checks them (RFC 8827 §6.5).
        X500Name name = new X500Name("CN=jrtc-" + Long.toHexString(random.nextLong() >>> 1));
        BigInteger serial = new BigInteger(63, random).add(BigInteger.ONE);
        // Backdate one day so a peer with a slightly slow clock accepts it.
        Date from = Date.from(notBefore.minus(Duration.ofDays(1)));
        try {
            if (algorithm == CertificateAlgorithm.ECDSA_P256) {
                return ecdsaP256(name, serial, from, expires, random);
            }
            KeyPair keys = rsaKeyPair(random);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    name, serial, from, Date.from(expires), name, keys.getPublic());
            X509CertificateHolder holder = builder.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()));
            return new DtlsCertificate(algorithm, keys.getPrivate(), null, holder.getEncoded(), expires);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign a " + algorithm + " certificate", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An ECDSA P-256 certificate made with Bouncy Castle's lightweight API: its key generation
     * (fixed-point comb on the custom P-256 curve) and its signer cost about half of the JDK's,
     * and the handshake signs with the same lightweight key, so no JCA key is made unless asked
     * for. The signature is ECDSA with SHA-256 and a random nonce (FIPS 186-4 §6.3).
     */
    private static DtlsCertificate ecdsaP256(X500Name name, BigInteger serial, Date from, Instant expires,
            SecureRandom random) throws IOException, OperatorCreationException {
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(P256, random));
        AsymmetricCipherKeyPair keys = generator.generateKeyPair();
        ECPrivateKeyParameters privateKey = (ECPrivateKeyParameters) keys.getPrivate();
        // A named-curve domain makes the key encode as the secp256r1 OID, as JCA keys do (RFC 5480 §2.1.1).
        SubjectPublicKeyInfo publicKey = SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(keys.getPublic());
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                name, serial, from, Date.from(expires), name, publicKey);
        ContentSigner signer = new BcECContentSignerBuilder(SHA256_WITH_ECDSA, SHA256)
                .setSecureRandom(random).build(privateKey);
        byte[] der = builder.build(signer).getEncoded();
        return new DtlsCertificate(CertificateAlgorithm.ECDSA_P256, null, privateKey, der, expires);
    }

    private static KeyPair rsaKeyPair(SecureRandom random) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4), random);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot generate RSA keys", e);
        }
    }

    /** The key type. */
    public CertificateAlgorithm algorithm() {
        return algorithm;
    }

    /** When the certificate stops being valid. */
    public Instant expires() {
        return expires;
    }

    /** Whether the certificate has expired at {@code now}. */
    public boolean isExpired(Instant now) {
        return !now.isBefore(expires);
    }

    /** The DER encoding (a copy). */
    public byte[] derEncoded() {
        return der.clone();
    }

    /** The SHA-256 fingerprint for {@code a=fingerprint}. */
    public DtlsFingerprint fingerprint() {
        return fingerprint("sha-256");
    }

    /** The fingerprint with another hash ({@code sha-1}, {@code sha-256}, {@code sha-384}, {@code sha-512}). */
    public DtlsFingerprint fingerprint(String algorithm) {
        return DtlsFingerprint.compute(algorithm, der);
    }

    /** The private key as a JCA key, converted on first use from BC's form for ECDSA; module-internal. */
    PrivateKey privateKey() {
        PrivateKey k = privateKey;
        if (k == null) {
            try {
                k = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8()));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK cannot read a P-256 private key", e);
            }
            privateKey = k;
        }
        return k;
    }

    /** The private key as PKCS#8 DER (RFC 5208 §5), with the curve named (RFC 5915 §3). */
    private byte[] pkcs8() {
        if (ecKey == null) {
            return privateKey.getEncoded();
        }
        try {
            return PrivateKeyInfoFactory.createPrivateKeyInfo(ecKey).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The certificate as the JDK parses it, parsed once; null if it cannot be (the handshake then parses the DER). */
    java.security.cert.X509Certificate x509() {
        java.security.cert.X509Certificate x = x509;
        if (x == null) {
            try {
                x = (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                        .generateCertificate(new java.io.ByteArrayInputStream(der));
            } catch (java.security.cert.CertificateException e) {
                return null;
            }
            x509 = x;
        }
        return x;
    }

    /** The private key in the form the handshake signs with fastest, made once; module-internal. */
    io.jrtc.dtls.internal.SigningKey handshakeKey() {
        io.jrtc.dtls.internal.SigningKey k = handshakeKey;
        if (k == null) {
            k = ecKey != null ? io.jrtc.dtls.internal.SigningKey.ofEc(ecKey)
                    : io.jrtc.dtls.internal.WebRtcCrypto.signingKey(privateKey);
            handshakeKey = k;
        }
        return k;
    }

    /**
     * The certificate and its PKCS#8 private key in PEM, for tools such as OpenSSL. The key is a
     * secret: never log this.
     */
    public String toPemWithPrivateKey() {
        java.util.Base64.Encoder b64 = java.util.Base64.getMimeEncoder(64, new byte[] {'\n'});
        return "-----BEGIN CERTIFICATE-----\n" + b64.encodeToString(der) + "\n-----END CERTIFICATE-----\n"
                + "-----BEGIN PRIVATE KEY-----\n" + b64.encodeToString(pkcs8())
                + "\n-----END PRIVATE KEY-----\n";
    }

    @Override
    public String toString() {
        return "DtlsCertificate[" + algorithm + ", " + fingerprint() + ", expires " + expires + "]";
    }
}
