/**
 * JSEP (RFC 9429), sans IO: the W3C signaling state machine, offer and answer generation from a
 * model of transceivers and the data channel, applying and validating descriptions, rollback and
 * trickled candidates. No sockets, threads or clocks; the engine drives it.
 */
package io.jrtc.webrtc.internal.jsep;
