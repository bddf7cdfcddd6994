package io.jrtc.sctp;

import java.util.List;

/** What an association reports through {@link SctpAssociation#pollEvent()}. */
public sealed interface SctpEvent {
    /** The association is established (COOKIE ACK sent or received). */
    record Connected() implements SctpEvent {}

    /** A complete message arrived, in order for ordered messages. */
    record MessageReceived(int streamId, long ppid, byte[] data, boolean unordered) implements SctpEvent {}

    /** The peer reset its outgoing streams, so these incoming streams are closed (RFC 6525). */
    record IncomingStreamsReset(List<Integer> streams) implements SctpEvent {}

    /** Our reset of these outgoing streams was performed by the peer (RFC 6525). */
    record OutgoingStreamsReset(List<Integer> streams) implements SctpEvent {}

    /**
     * The peer restarted (RFC 9260 §5.2.4 A): the association goes on with new tags and fresh
     * state, the peer's streams start over, and {@code droppedMessages} queued messages of ours
     * (sent in part or not at all) were discarded.
     */
    record Restarted(long droppedMessages) implements SctpEvent {}

    /** Streams were added (RFC 6525 §5.1.5, §5.2.5): the new counts in each direction. */
    record StreamCountChanged(int outgoingStreams, int incomingStreams) implements SctpEvent {}

    /** The peer denied our request for {@code requested} more outgoing streams. */
    record AddStreamsDenied(int requested) implements SctpEvent {}

    /** The association ended: by SHUTDOWN, by ABORT (either side), or by a failure. */
    record Closed(String reason, boolean aborted) implements SctpEvent {}
}
