package io.jrtc.dtls;

/** Key types for {@link DtlsCertificate#generate}, as {@code RTCPeerConnection.generateCertificate} offers them. */
public enum CertificateAlgorithm {
    /** ECDSA over P-256 with SHA-256: what browsers generate by default. */
    ECDSA_P256,
    /** RSASSA-PKCS1-v1_5 with a 2048-bit modulus and SHA-256. */
    RSA_2048
}
