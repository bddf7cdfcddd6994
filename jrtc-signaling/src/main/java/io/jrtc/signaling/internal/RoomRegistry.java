package io.jrtc.signaling.internal;

import io.jrtc.signaling.ErrorCode;
import io.jrtc.signaling.SignalPayload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The rooms and their members. One lock guards all of it: operations are short, and the sends
 * they make only queue frames. Each operation changes state before it sends, and sends to a
 * snapshot, so a send failure that re-enters (a disconnect) sees consistent state.
 * A room exists while it has members: the last one leaving removes it.
 */
public final class RoomRegistry {
    private final int maxMembers;
    private final int maxRooms;
    private final Map<String, Map<String, Member>> rooms = new HashMap<>();
    private final Map<Member, String> roomOf = new HashMap<>();
    private final AtomicLong relayed = new AtomicLong();
    private final AtomicLong unrelayed = new AtomicLong();

    public RoomRegistry(int maxMembers, int maxRooms) {
        this.maxMembers = maxMembers;
        this.maxRooms = maxRooms;
    }

    /** Adds {@code m} to {@code room}: a {@code joined} reply to it, {@code peer-joined} to the others. */
    public synchronized void join(Member m, String room) throws ProtocolException {
        String current = roomOf.get(m);
        if (current != null) {
            throw new ProtocolException(ErrorCode.ALREADY_IN_ROOM,
                    "already in room '" + current + "'; send leave first", "join");
        }
        Map<String, Member> members = rooms.get(room);
        if (members == null) {
            if (rooms.size() >= maxRooms) {
                throw new ProtocolException(ErrorCode.TOO_MANY_ROOMS,
                        "the server holds its maximum of " + maxRooms + " rooms", "join");
            }
            members = new LinkedHashMap<>();
            rooms.put(room, members);
        } else if (members.size() >= maxMembers) {
            throw new ProtocolException(ErrorCode.ROOM_FULL,
                    "room '" + room + "' is full (" + maxMembers + " members)", "join");
        }
        List<Member> others = List.copyOf(members.values());
        members.put(m.id(), m);
        roomOf.put(m, room);
        // The joiner hears 'joined' before anyone can know it is there, so nothing reaches it first.
        m.send(ServerMessages.joined(room, m.id(), others.stream().map(Member::id).toList()));
        String notice = ServerMessages.peerJoined(room, m.id());
        others.forEach(o -> o.send(notice));
    }

    /** Removes {@code m} from its room on request: a {@code left} reply, {@code peer-left} to the others. */
    public synchronized void leave(Member m) throws ProtocolException {
        String room = roomOf.get(m);
        if (room == null) {
            throw new ProtocolException(ErrorCode.NOT_IN_ROOM, "not in a room", "leave");
        }
        List<Member> others = remove(m, room);
        m.send(ServerMessages.left(room));
        notifyLeft(others, room, m);
    }

    /** Removes a disconnected {@code m} from its room, if any, telling the others. */
    public synchronized void disconnected(Member m) {
        String room = roomOf.get(m);
        if (room != null) {
            notifyLeft(remove(m, room), room, m);
        }
    }

    /** Relays {@code data} from {@code m} to the other members of its room, or to the one named {@code to}. */
    public synchronized void signal(Member m, String to, SignalPayload data) throws ProtocolException {
        String room = roomOf.get(m);
        if (room == null) {
            throw new ProtocolException(ErrorCode.NOT_IN_ROOM, "join a room before sending signals", "signal");
        }
        Map<String, Member> members = rooms.get(room);
        List<Member> targets;
        if (to != null) {
            Member target = members.get(to);
            if (target == null || target == m) {
                throw new ProtocolException(ErrorCode.UNKNOWN_PEER,
                        "no other peer '" + PayloadCodec.clip(to) + "' in room '" + room + "'", "signal");
            }
            targets = List.of(target);
        } else {
            targets = new ArrayList<>(members.size());
            for (Member o : members.values()) {
                if (o != m) {
                    targets.add(o);
                }
            }
        }
        if (targets.isEmpty()) {
            // Alone in the room: nobody to relay to; counted, not an error (the peer may come later).
            unrelayed.incrementAndGet();
            return;
        }
        String text = ServerMessages.signal(m.id(), to, data);
        for (Member t : targets) {
            relayed.incrementAndGet();
            t.send(text);
        }
    }

    /** The room {@code m} is in, or {@code null}. */
    public synchronized String roomOf(Member m) {
        return roomOf.get(m);
    }

    public synchronized int roomCount() {
        return rooms.size();
    }

    public synchronized int memberCount() {
        return roomOf.size();
    }

    /** Signals delivered to a recipient's send queue. */
    public long relayed() {
        return relayed.get();
    }

    /** Signals sent by a peer alone in its room, so relayed to nobody. */
    public long unrelayed() {
        return unrelayed.get();
    }

    private List<Member> remove(Member m, String room) {
        roomOf.remove(m);
        Map<String, Member> members = rooms.get(room);
        members.remove(m.id());
        if (members.isEmpty()) {
            rooms.remove(room);
        }
        return List.copyOf(members.values());
    }

    private static void notifyLeft(List<Member> others, String room, Member m) {
        String notice = ServerMessages.peerLeft(room, m.id());
        others.forEach(o -> o.send(notice));
    }
}
