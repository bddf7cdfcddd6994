package io.jrtc.dtls;

/**
 * Counters of one {@link DtlsTransport}.
 *
 * @param datagramsReceived datagrams given to {@code handleInput}
 * @param datagramsSent datagrams handed out by {@code pollTransmit}
 * @param datagramsDropped input dropped before DTLS processing: not a DTLS record (RFC 7983
 *     first byte 20..63, at least a record header), or arriving when the transport was not open
 * @param retransmitTimeouts how many times a flight's retransmission timer fired
 * @param applicationRecords decrypted application-data records delivered
 */
public record DtlsStats(long datagramsReceived, long datagramsSent, long datagramsDropped,
        long retransmitTimeouts, long applicationRecords) {}
