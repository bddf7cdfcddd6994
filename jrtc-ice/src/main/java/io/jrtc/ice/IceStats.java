package io.jrtc.ice;

/**
 * Counters of one agent, for {@code getStats()}.
 *
 * @param checksSent connectivity-check requests sent, retransmissions included
 * @param checksReceived authenticated connectivity-check requests received
 * @param responsesReceived authenticated responses matched to our checks
 * @param droppedMalformed datagrams that looked like STUN but did not decode
 * @param droppedBadIntegrity checks or responses whose MESSAGE-INTEGRITY or FINGERPRINT was wrong
 * @param droppedUnknown STUN we could not match: other ufrag, stray response, unknown peer data
 * @param unknownAttributeErrors 420 responses sent for unknown comprehension-required attributes
 * @param roleConflicts 487 responses sent or received
 * @param dataSent application datagrams sent
 * @param dataReceived application datagrams received
 */
public record IceStats(long checksSent, long checksReceived, long responsesReceived, long droppedMalformed,
        long droppedBadIntegrity, long droppedUnknown, long unknownAttributeErrors, long roleConflicts,
        long dataSent, long dataReceived) {}
