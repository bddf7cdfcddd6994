package io.jrtc.sctp;

/** A gap ack block of a SACK (RFC 9260 §3.3.4): TSNs cumTsnAck+start .. cumTsnAck+end were received. */
public record GapAckBlock(int start, int end) {}
