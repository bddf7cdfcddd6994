package io.jrtc.dtls.internal;

import java.util.List;
import java.util.Vector;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.NamedGroup;
import org.bouncycastle.tls.NamedGroupRole;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.crypto.TlsCrypto;

/**
 * The named groups (RFC 8422 §5.1.1) and signature algorithms (RFC 5246 §7.4.1.4.1) jrtc offers
 * in its ClientHello and asks for in its CertificateRequest: the lists Bouncy Castle's defaults
 * produce for jrtc's cipher suites, written out, so that a handshake does not rebuild them by
 * asking the crypto about every candidate. Each list is filtered once per JVM by what the crypto
 * supports (as BC's defaults are), so a runtime without, say, ML-DSA does not offer it.
 */
final class OfferedAlgorithms {
    /** ECDHE groups, X25519 first as browsers do. */
    private static final int[] GROUPS = {NamedGroup.x25519, NamedGroup.x448, NamedGroup.secp256r1, NamedGroup.secp384r1};

    /** In BC's default order: EdDSA, ECDSA, RSA-PSS, ML-DSA, RSA PKCS#1, DSA, then SHA-224 and SHA-1. */
    private static final List<SignatureAndHashAlgorithm> SIGNATURE_ALGORITHMS = List.of(
            SignatureAndHashAlgorithm.ed25519, SignatureAndHashAlgorithm.ed448,
            sha(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa), sha(HashAlgorithm.sha384, SignatureAlgorithm.ecdsa),
            sha(HashAlgorithm.sha512, SignatureAlgorithm.ecdsa),
            SignatureAndHashAlgorithm.rsa_pss_pss_sha256, SignatureAndHashAlgorithm.rsa_pss_pss_sha384,
            SignatureAndHashAlgorithm.rsa_pss_pss_sha512,
            SignatureAndHashAlgorithm.rsa_pss_rsae_sha256, SignatureAndHashAlgorithm.rsa_pss_rsae_sha384,
            SignatureAndHashAlgorithm.rsa_pss_rsae_sha512,
            SignatureAndHashAlgorithm.mldsa44, SignatureAndHashAlgorithm.mldsa65, SignatureAndHashAlgorithm.mldsa87,
            sha(HashAlgorithm.sha256, SignatureAlgorithm.rsa), sha(HashAlgorithm.sha384, SignatureAlgorithm.rsa),
            sha(HashAlgorithm.sha512, SignatureAlgorithm.rsa),
            sha(HashAlgorithm.sha256, SignatureAlgorithm.dsa), sha(HashAlgorithm.sha384, SignatureAlgorithm.dsa),
            sha(HashAlgorithm.sha512, SignatureAlgorithm.dsa),
            sha(HashAlgorithm.sha224, SignatureAlgorithm.ecdsa), sha(HashAlgorithm.sha224, SignatureAlgorithm.rsa),
            sha(HashAlgorithm.sha224, SignatureAlgorithm.dsa),
            sha(HashAlgorithm.sha1, SignatureAlgorithm.ecdsa), sha(HashAlgorithm.sha1, SignatureAlgorithm.rsa),
            sha(HashAlgorithm.sha1, SignatureAlgorithm.dsa));

    /** The roles jrtc's ECDHE suites with ECDSA or RSA certificates give groups (RFC 8422 §5.1.1). */
    private static final List<Integer> ROLES = List.of(NamedGroupRole.ecdh, NamedGroupRole.ecdsa);

    private static volatile List<Integer> supportedGroups;
    private static volatile List<SignatureAndHashAlgorithm> supportedSignatureAlgorithms;

    private OfferedAlgorithms() {}

    /** The groups to offer, a new Vector each time (BC keeps it). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Vector groups(TlsCrypto crypto) {
        List<Integer> groups = supportedGroups;
        if (groups == null) {
            groups = java.util.Arrays.stream(GROUPS).filter(crypto::hasNamedGroup).boxed().toList();
            supportedGroups = groups;
        }
        return new Vector(groups);
    }

    /** The signature algorithms to offer or accept, a new Vector each time. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Vector signatureAlgorithms(TlsCrypto crypto) {
        List<SignatureAndHashAlgorithm> algorithms = supportedSignatureAlgorithms;
        if (algorithms == null) {
            algorithms = SIGNATURE_ALGORITHMS.stream().filter(crypto::hasSignatureAndHashAlgorithm).toList();
            supportedSignatureAlgorithms = algorithms;
        }
        return new Vector(algorithms);
    }

    /** The group roles of jrtc's cipher suites, a new Vector each time. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Vector namedGroupRoles() {
        return new Vector(ROLES);
    }

    private static SignatureAndHashAlgorithm sha(short hash, short signature) {
        return SignatureAndHashAlgorithm.getInstance(hash, signature);
    }
}
