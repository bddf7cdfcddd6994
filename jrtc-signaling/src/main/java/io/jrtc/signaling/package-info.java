/**
 * WebSocket signaling with rooms: {@link io.jrtc.signaling.SignalingServer} and
 * {@link io.jrtc.signaling.SignalingClient}.
 *
 * <h2>Protocol</h2>
 * Every message is one JSON object in one WebSocket text message, with a {@code type}. A peer
 * connects to {@code ws://host:port/ws} and sends {@code join}, or connects to
 * {@code ws://host:port/ws/ROOM}, which joins {@code ROOM} on open. Room names are 1 to 64
 * characters of {@code A-Z a-z 0-9 . _ ~ -}. The server gives each connection a peer id.
 *
 * <p>Client to server:
 * <ul>
 *   <li>{@code {"type":"join","room":"r1"}}: enter a room (one room at a time).</li>
 *   <li>{@code {"type":"leave"}}: leave it.</li>
 *   <li>{@code {"type":"signal","data":PAYLOAD}} relays to every other member;
 *       {@code {"type":"signal","to":"ID","data":PAYLOAD}} to one member. {@code PAYLOAD} is in
 *       the browsers' shape: {@code {"type":"offer","sdp":"v=0..."}} (also {@code answer},
 *       {@code pranswer}, {@code rollback}) or
 *       {@code {"candidate":"candidate:...","sdpMid":"0","sdpMLineIndex":0,"usernameFragment":"abcd"}}
 *       ({@code candidate} {@code ""} is end-of-candidates). It is relayed with these fields only.</li>
 *   <li>{@code {"type":"ping"}}: answered with {@code {"type":"pong"}}; keeps an idle
 *       connection open (browsers cannot send WebSocket pings).</li>
 * </ul>
 *
 * <p>Server to client:
 * <ul>
 *   <li>{@code {"type":"joined","room":"r1","id":"MY-ID","peers":["ID1","ID2"]}}: the join
 *       succeeded; {@code peers} were there before.</li>
 *   <li>{@code {"type":"left","room":"r1"}}: the leave succeeded.</li>
 *   <li>{@code {"type":"peer-joined","room":"r1","id":"ID"}} and
 *       {@code {"type":"peer-left","room":"r1","id":"ID"}}: another member came or went
 *       (left, disconnected or idled out).</li>
 *   <li>{@code {"type":"signal","from":"ID","data":PAYLOAD}} (with {@code "to"} when it was
 *       addressed to this peer alone).</li>
 *   <li>{@code {"type":"error","code":"room-full","message":"room 'r1' is full (16 members)","request":"join"}}:
 *       a message was refused; {@code request} is its type when known. The codes are those of
 *       {@link io.jrtc.signaling.ErrorCode} ({@code malformed-json}, {@code not-an-object},
 *       {@code missing-field}, {@code bad-field}, {@code unknown-type}, {@code message-too-large},
 *       {@code binary-not-supported}, {@code bad-room}, {@code room-full}, {@code too-many-rooms},
 *       {@code already-in-room}, {@code not-in-room}, {@code unknown-peer}, {@code bad-signal},
 *       {@code internal-error}). The connection stays open after every error.</li>
 *   <li>{@code {"type":"pong"}}.</li>
 * </ul>
 *
 * <p>Limits (see {@link io.jrtc.signaling.SignalingServer.Builder}): members per room (16),
 * message size (64 KiB; up to 4 times that, or 1 MiB, gets an error reply, beyond it the
 * connection is closed with 1009), rooms (10,000), idle time (5 minutes). A room exists while
 * it has members. Messages from one peer reach each recipient in the order they were sent.
 */
package io.jrtc.signaling;
