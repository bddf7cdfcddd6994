/**
 * RTP packets (RFC 3550 §5.1) read and written in place: {@link io.jrtc.rtp.RtpHeader} is a
 * reusable view over {@code byte[] + offset + length} that never copies, with RFC 8285 header
 * extension element access; {@link io.jrtc.rtp.RtpPacketWriter} writes headers.
 */
package io.jrtc.rtp;
