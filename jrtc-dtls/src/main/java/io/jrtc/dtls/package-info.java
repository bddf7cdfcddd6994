/**
 * DTLS 1.2 for WebRTC over Bouncy Castle {@code bctls}: the sans-IO {@link io.jrtc.dtls.DtlsTransport},
 * self-signed {@link io.jrtc.dtls.DtlsCertificate}s and their {@link io.jrtc.dtls.DtlsFingerprint}s,
 * and the use_srtp negotiation whose {@link io.jrtc.dtls.SrtpKeyingMaterial} feeds SRTP.
 *
 * <pre>{@code
 * DtlsTransport dtls = new DtlsTransport(DtlsConfig.builder()
 *         .role(DtlsRole.fromSetup("active"))
 *         .certificate(DtlsCertificate.generate())
 *         .remoteFingerprint(DtlsFingerprint.parse("sha-256 AB:CD:..."))
 *         .build());
 * dtls.start(now);
 * // feed dtls.handleInput(now, bytes) / handleTimeout(now); send what pollTransmit() returns;
 * // wake at pollTimeout(); read pollEvent() for Connected(keys), ApplicationData, Failed.
 * }</pre>
 */
package io.jrtc.dtls;
