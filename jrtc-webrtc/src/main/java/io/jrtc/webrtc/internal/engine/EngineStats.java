package io.jrtc.webrtc.internal.engine;

import io.jrtc.dtls.DtlsStats;
import io.jrtc.ice.IceStats;
import io.jrtc.sctp.SctpStats;

/**
 * Counters of one engine, for {@code getStats()}.
 *
 * @param droppedUnclassified datagrams whose first byte is none of STUN, DTLS, RTP/RTCP (RFC 7983)
 * @param droppedSrtp SRTP/SRTCP packets dropped: before keys, malformed, failed authentication or replay
 * @param droppedUnsent packets the engine could not send: no ICE pair yet, or DTLS not connected
 * @param ice the ICE counters
 * @param dtls the DTLS counters, or null before the remote description
 * @param sctp the SCTP counters, or null before the remote description
 * @param rtpSent RTP packets protected and sent
 * @param rtpReceived RTP packets received and unprotected
 */
public record EngineStats(long droppedUnclassified, long droppedSrtp, long droppedUnsent, IceStats ice,
        DtlsStats dtls, SctpStats sctp, long rtpSent, long rtpReceived) {}
