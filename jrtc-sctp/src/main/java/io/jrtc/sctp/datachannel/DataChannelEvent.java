package io.jrtc.sctp.datachannel;

/** What {@link DataChannels#pollEvent()} reports, each naming its channel (W3C RTCDataChannel events). */
public sealed interface DataChannelEvent {
    /** The peer opened a channel in-band (W3C {@code datachannel} event). */
    record ChannelCreated(DataChannel channel) implements DataChannelEvent {}

    /** W3C {@code open}. */
    record Opened(DataChannel channel) implements DataChannelEvent {}

    /** W3C {@code message}: exactly one of {@code text} and {@code binary} is non-null. */
    record Message(DataChannel channel, String text, byte[] binary) implements DataChannelEvent {}

    /** W3C {@code bufferedamountlow}. */
    record BufferedAmountLow(DataChannel channel) implements DataChannelEvent {}

    /** W3C {@code closing} (the peer started closing). */
    record Closing(DataChannel channel) implements DataChannelEvent {}

    /** W3C {@code close}. */
    record Closed(DataChannel channel) implements DataChannelEvent {}

    /** W3C {@code error} (RTCError "sctp-failure" / "data-channel-failure"). */
    record Error(DataChannel channel, String detail) implements DataChannelEvent {}

    /** The SCTP association ended; every channel has been closed. */
    record TransportClosed(String reason, boolean aborted) implements DataChannelEvent {}
}
