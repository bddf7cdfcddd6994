package io.jrtc.signaling;

/**
 * A snapshot of a signaling server's counters.
 *
 * @param connections open WebSocket connections
 * @param rooms rooms that exist (a room exists while it has members)
 * @param members connections that are in a room
 * @param messagesReceived messages received from clients, valid or not
 * @param signalsRelayed signal deliveries to recipients (one signal to three peers counts three)
 * @param signalsUnrelayed signals sent by a peer alone in its room, so delivered to nobody
 * @param errorsSent error replies sent
 * @param sendFailures messages that could not be sent (the recipient's connection was gone)
 */
public record SignalingStats(
        int connections,
        int rooms,
        int members,
        long messagesReceived,
        long signalsRelayed,
        long signalsUnrelayed,
        long errorsSent,
        long sendFailures) {
}
