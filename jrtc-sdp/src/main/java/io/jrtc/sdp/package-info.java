/**
 * SDP session descriptions (RFC 8866) with the attributes WebRTC uses (RFC 9429 and the RFCs it
 * names): an immutable model, a parser and a serializer.
 *
 * <p>{@link io.jrtc.sdp.SessionDescription#parse(String)} keeps every line exactly as read, so
 * {@code toString()} gives back the input byte for byte, unknown attributes included; typed views
 * ({@link io.jrtc.sdp.RtpMap}, {@link io.jrtc.sdp.Candidate}, {@link io.jrtc.sdp.Fingerprint}, ...)
 * are read from those lines, and every attribute this package knows is validated while parsing.
 * Malformed input fails with {@link io.jrtc.sdp.SdpParseException} and nothing else. {@link
 * io.jrtc.sdp.SessionDescription#builder()} and {@link io.jrtc.sdp.SessionDescription#toBuilder()}
 * create and edit descriptions; lines an edit does not touch stay as they were.
 */
package io.jrtc.sdp;
