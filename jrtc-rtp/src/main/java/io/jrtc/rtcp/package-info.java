/**
 * RTCP packets (RFC 3550 §6.4, RFC 4585 feedback types) read in place: the common header of each
 * packet of a compound packet via {@link io.jrtc.rtcp.RtcpCompoundReader}, enough for SRTCP and
 * for routing by packet type and sender SSRC.
 */
package io.jrtc.rtcp;
