/**
 * The sans-IO transport engine of one peer connection: ICE, then RFC 7983 demultiplexing, DTLS
 * (role from {@code a=setup}, the peer's fingerprint checked), SCTP over DTLS (RFC 8261) with its
 * data channels, and SRTP keyed from DTLS (RFC 5764). No threads, sockets or clocks: the
 * runtime in {@code io.jrtc.webrtc.internal.net} drives {@link io.jrtc.webrtc.internal.engine.TransportEngine}.
 */
package io.jrtc.webrtc.internal.engine;
