package io.jrtc.dtls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed certificate and its private key, the equivalent of
 * {@code RTCPeerConnection.generateCertificate()}: WebRTC authenticates peers by the fingerprint
 * of this certificate carried in SDP (RFC 8827 §6.5), not by a CA chain.
 */
public final class DtlsCertificate {
    /** Validity used when none is given: 30 days, as browsers do. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(30);

    private final CertificateAlgorithm algorithm;
    private final PrivateKey privateKey;
    private final byte[] der;
    private final Instant expires;
    /** {@link #privateKey} converted for the handshake's signer on first use (a benign race: the same key). */
    private volatile io.jrtc.dtls.internal.SigningKey handshakeKey;
    /** The parsed certificate, on first use (a benign race: equal values). */
    private volatile java.security.cert.X509Certificate x509;

    private DtlsCertificate(CertificateAlgorithm algorithm, PrivateKey privateKey, byte[] der, Instant expires) {
        this.algorithm = algorithm;
        this.privateKey = privateKey;
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
        SecureRandom random = new SecureRandom();
        KeyPair keys = keyPair(algorithm, random);
        Instant expires = notBefore.plus(validity);
        // WebRTC certificates carry a random name and serial; nothing checks them (RFC 8827 §6.5).
        X500Name name = new X500Name("CN=jrtc-" + Long.toHexString(random.nextLong() >>> 1));
        BigInteger serial = new BigInteger(63, random).add(BigInteger.ONE);
        // Backdate one day so a peer with a slightly slow clock accepts it.
        Date from = Date.from(notBefore.minus(Duration.ofDays(1)));
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                name, serial, from, Date.from(expires), name, keys.getPublic());
        String signature = algorithm == CertificateAlgorithm.ECDSA_P256 ? "SHA256withECDSA" : "SHA256withRSA";
        try {
            X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder(signature).build(keys.getPrivate()));
            return new DtlsCertificate(algorithm, keys.getPrivate(), holder.getEncoded(), expires);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign with " + signature, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair keyPair(CertificateAlgorithm algorithm, SecureRandom random) {
        try {
            if (algorithm == CertificateAlgorithm.ECDSA_P256) {
                KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
                g.initialize(new ECGenParameterSpec("secp256r1"), random);
                return g.generateKeyPair();
            }
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4), random);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot generate " + algorithm + " keys", e);
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

    /** The private key; module-internal use by the handshake. */
    PrivateKey privateKey() {
        return privateKey;
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
            k = io.jrtc.dtls.internal.WebRtcCrypto.signingKey(privateKey);
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
                + "-----BEGIN PRIVATE KEY-----\n" + b64.encodeToString(privateKey.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    @Override
    public String toString() {
        return "DtlsCertificate[" + algorithm + ", " + fingerprint() + ", expires " + expires + "]";
    }
}
