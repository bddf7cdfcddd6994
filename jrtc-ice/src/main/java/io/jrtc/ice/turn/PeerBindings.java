package io.jrtc.ice.turn;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The client's permissions (per peer IP, RFC 8656 §9) and channel bindings (per peer transport
 * address, RFC 8656 §12), each with the time its next CreatePermission or ChannelBind is due.
 */
final class PeerBindings {
    /** Permissions last 300 s (RFC 8656 §9); refresh a minute early. */
    static final long PERMISSION_REFRESH_NANOS = 240_000_000_000L;
    /** Channel bindings last 600 s (RFC 8656 §12); refresh a minute early. */
    static final long CHANNEL_REFRESH_NANOS = 540_000_000_000L;

    /** A permission to install or refresh. */
    static final class Permission {
        final InetAddress ip;
        long dueAt;
        boolean inFlight;
        boolean installed;

        Permission(InetAddress ip, long dueAt) {
            this.ip = ip;
            this.dueAt = dueAt;
        }
    }

    /** A channel to bind or refresh. */
    static final class Channel {
        final InetSocketAddress peer;
        final int number;
        long dueAt;
        boolean inFlight;
        boolean bound;

        Channel(InetSocketAddress peer, int number, long dueAt) {
            this.peer = peer;
            this.number = number;
            this.dueAt = dueAt;
        }
    }

    private final Map<InetAddress, Permission> permissions = new HashMap<>();
    private final Map<InetSocketAddress, Channel> channelsByPeer = new HashMap<>();
    private final Map<Integer, Channel> channelsByNumber = new HashMap<>();
    private int nextChannel = io.jrtc.stun.ChannelData.MIN_CHANNEL;

    /** The permission for this IP, created (due now) if there is none. */
    Permission permission(InetAddress ip, long now) {
        return permissions.computeIfAbsent(ip, a -> new Permission(a, now));
    }

    Permission findPermission(InetAddress ip) {
        return permissions.get(ip);
    }

    void removePermission(InetAddress ip) {
        permissions.remove(ip);
    }

    /**
     * The channel for this peer, allocating the next free number (due now) if there is none.
     *
     * @return null if all 4096 channel numbers are in use
     */
    Channel channel(InetSocketAddress peer, long now) {
        Channel c = channelsByPeer.get(peer);
        if (c != null) {
            return c;
        }
        if (nextChannel > io.jrtc.stun.ChannelData.MAX_CHANNEL) {
            return null;
        }
        c = new Channel(peer, nextChannel++, now);
        channelsByPeer.put(peer, c);
        channelsByNumber.put(c.number, c);
        return c;
    }

    Channel channelOf(InetSocketAddress peer) {
        return channelsByPeer.get(peer);
    }

    Channel channelNumbered(int number) {
        return channelsByNumber.get(number);
    }

    void removeChannel(InetSocketAddress peer) {
        Channel c = channelsByPeer.remove(peer);
        if (c != null) {
            channelsByNumber.remove(c.number);
        }
    }

    Collection<Permission> permissions() {
        return permissions.values();
    }

    Collection<Channel> channels() {
        return channelsByPeer.values();
    }

    /** The earliest time a request is due and not already in flight, or Long.MAX_VALUE. */
    long nextDue() {
        long t = Long.MAX_VALUE;
        for (Permission p : permissions.values()) {
            t = p.inFlight ? t : Math.min(t, p.dueAt);
        }
        for (Channel c : channelsByPeer.values()) {
            t = c.inFlight ? t : Math.min(t, c.dueAt);
        }
        return t;
    }

    void clear() {
        permissions.clear();
        channelsByPeer.clear();
        channelsByNumber.clear();
    }
}
