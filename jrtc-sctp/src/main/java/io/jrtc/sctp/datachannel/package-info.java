/**
 * WebRTC data channels (RFC 8831) and their establishment protocol DCEP (RFC 8832) on top of an
 * {@link io.jrtc.sctp.SctpAssociation}: {@link io.jrtc.sctp.datachannel.DataChannels} is the
 * sans-IO owner, {@link io.jrtc.sctp.datachannel.DataChannel} carries the W3C RTCDataChannel
 * logic (readyState, bufferedAmount and its low threshold, send limits as OperationError, and an
 * awaitable {@code sendAsync} for streaming without unbounded buffering).
 */
package io.jrtc.sctp.datachannel;
