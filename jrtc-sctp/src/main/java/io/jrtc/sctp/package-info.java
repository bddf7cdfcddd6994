/**
 * A sans-IO SCTP association for WebRTC data channels: RFC 9260 over DTLS (RFC 8261), with
 * partial reliability (RFC 3758), stream reset (RFC 6525), I-DATA interleaving (RFC 8260) and
 * zero checksums (RFC 9653).
 *
 * <p>{@link io.jrtc.sctp.SctpPacket} and the {@link io.jrtc.sctp.Chunk} / {@link io.jrtc.sctp.Parameter}
 * records are the wire codec (one file per chunk type; {@link io.jrtc.sctp.SctpParseException} is
 * the only exception it throws). {@link io.jrtc.sctp.SctpAssociation} is the state machine, driven
 * with {@code handleInput(now, packet)}, {@code handleTimeout(now)}, {@code pollTransmit()},
 * {@code pollTimeout()} and {@code pollEvent()} ({@link io.jrtc.sctp.SctpEvent}).
 *
 * <p>Beyond RFC 9260, so that one stream keeps a long fat pipe full (each is explained where it
 * is implemented):
 * <ul>
 *   <li>time-based loss detection after RACK (RFC 8985) on a send-time ordered list, instead of
 *       three miss indications, so lost retransmissions are recovered without T3-rtx;</li>
 *   <li>T3-rtx restarted by any newly acked data, not only by the cumulative ack;</li>
 *   <li>an initial window of 10 packets, slow start by bytes acked (RFC 3465), and a window cut
 *       only when a loss epoch lost more than 2% of the window (always, below 50 packets);</li>
 *   <li>SACKs that report the block of the latest arrival when gap blocks overflow (as RFC 2018
 *       does), the I bit of RFC 7053 when the sender has nothing more to send, and a 16 MiB
 *       default receive window (no artificial rwnd limit);</li>
 *   <li>RTO bounds of 120 ms to 10 s instead of 1 s to 60 s.</li>
 * </ul>
 * Per packet, outstanding chunks, received TSN ranges, reassembly runs and ordered delivery are
 * sorted maps (O(log n)); loss detection is O(1) per lost chunk.
 */
package io.jrtc.sctp;
