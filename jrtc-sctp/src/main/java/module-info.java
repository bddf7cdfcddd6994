/** A sans-IO SCTP association (RFC 9260, 3758, 6525, 8260) and data channels (RFC 8831, 8832). */
module io.jrtc.sctp {
}
