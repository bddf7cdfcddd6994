/**
 * SRTP and SRTCP (RFC 3711) with the AES counter-mode/HMAC-SHA1 profiles (RFC 5764, RFC 6188) and
 * AES-GCM (RFC 7714), on the JDK's {@code javax.crypto}. {@link io.jrtc.srtp.SrtpContext} protects
 * or unprotects one direction in place; {@link io.jrtc.srtp.SrtpSession} builds both directions from
 * DTLS-SRTP keying material.
 */
package io.jrtc.srtp;
