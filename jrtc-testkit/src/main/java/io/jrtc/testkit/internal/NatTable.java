package io.jrtc.testkit.internal;

import io.jrtc.testkit.DropReason;
import io.jrtc.testkit.NatBehavior;
import io.jrtc.testkit.NatConfig;
import io.jrtc.testkit.NatMapping;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A NAT's translation state (RFC 4787): mappings from internal endpoints to external ports, and
 * per mapping the remotes that may send in. Expiry is lazy: an entry older than the timeout is
 * treated as absent and removed when next looked at, so no timer events are needed.
 */
public final class NatTable {
    /** The result of an inbound lookup: the internal address, or why there is none. */
    public record Inbound(InetSocketAddress internal, DropReason dropReason) {}

    private record Key(InetSocketAddress internal, InetSocketAddress destination) {}

    private static final class Entry {
        final Key key;
        final int port;
        long refreshed;
        final Map<InetSocketAddress, Long> permissions = new LinkedHashMap<>();

        Entry(Key key, int port) {
            this.key = key;
            this.port = port;
        }
    }

    private final NatConfig config;
    private final InetAddress publicAddress;
    private final long timeout;
    private final Map<Key, Entry> byKey = new HashMap<>();
    private final TreeMap<Integer, Entry> byPort = new TreeMap<>();
    private int nextPort;

    /** An empty table for a NAT with the given configuration and public address. */
    public NatTable(NatConfig config, InetAddress publicAddress) {
        this.config = config;
        this.publicAddress = publicAddress;
        this.timeout = config.mappingTimeout().toNanos();
        this.nextPort = config.firstPort();
    }

    /**
     * Translates an outbound datagram's source, creating or refreshing its mapping and the
     * remote's permission. Returns the external address, or null if no port is free.
     */
    public InetSocketAddress outbound(InetSocketAddress internal, InetSocketAddress remote, long now) {
        Key key = new Key(internal, scope(config.mapping(), remote));
        Entry entry = byKey.get(key);
        if (entry != null && expired(entry.refreshed, now)) {
            remove(entry);
            entry = null;
        }
        if (entry == null) {
            int port = allocatePort(internal.getPort());
            if (port < 0) {
                return null;
            }
            entry = new Entry(key, port);
            byKey.put(key, entry);
            byPort.put(port, entry);
        }
        entry.refreshed = now;
        InetSocketAddress permission = scope(config.filtering(), remote);
        if (permission != null) {
            entry.permissions.remove(permission); // re-insert: the list stays in order of last use
            entry.permissions.put(permission, now);
        }
        return new InetSocketAddress(publicAddress, entry.port);
    }

    /** Looks up where a datagram from {@code remote} to {@code externalPort} goes, if anywhere. */
    public Inbound inbound(InetSocketAddress remote, int externalPort, long now) {
        Entry entry = byPort.get(externalPort);
        if (entry != null && expired(entry.refreshed, now)) {
            remove(entry);
            entry = null;
        }
        if (entry == null) {
            return new Inbound(null, DropReason.NAT_NO_MAPPING);
        }
        InetSocketAddress permission = scope(config.filtering(), remote);
        if (permission != null) {
            Long since = entry.permissions.get(permission);
            if (since == null || expired(since, now)) {
                return new Inbound(null, DropReason.NAT_FILTERED);
            }
            if (config.inboundRefresh()) {
                entry.permissions.put(permission, now);
            }
        }
        if (config.inboundRefresh()) {
            entry.refreshed = now;
        }
        return new Inbound(entry.key.internal(), null);
    }

    /** The live mappings, by external port. */
    public List<NatMapping> snapshot(long now) {
        List<NatMapping> out = new ArrayList<>();
        for (Iterator<Entry> it = byPort.values().iterator(); it.hasNext(); ) {
            Entry entry = it.next();
            if (expired(entry.refreshed, now)) {
                it.remove();
                byKey.remove(entry.key);
                continue;
            }
            List<InetSocketAddress> permitted = new ArrayList<>();
            entry.permissions.forEach((remote, since) -> {
                if (!expired(since, now)) {
                    permitted.add(remote);
                }
            });
            out.add(new NatMapping(entry.key.internal(), new InetSocketAddress(publicAddress, entry.port),
                    entry.key.destination(), TimeFormat.saturatedAdd(entry.refreshed, timeout), permitted));
        }
        return out;
    }

    /** Forgets every mapping, as a NAT reboot would. */
    public void clear() {
        byKey.clear();
        byPort.clear();
    }

    private boolean expired(long refreshed, long now) {
        return now - refreshed >= timeout;
    }

    private void remove(Entry entry) {
        byKey.remove(entry.key);
        byPort.remove(entry.port);
    }

    // What part of the remote a mapping or permission is keyed by: nothing, its IP, or IP and port.
    private static InetSocketAddress scope(NatBehavior behavior, InetSocketAddress remote) {
        return switch (behavior) {
            case ENDPOINT_INDEPENDENT -> null;
            case ADDRESS_DEPENDENT -> new InetSocketAddress(remote.getAddress(), 0);
            case ADDRESS_AND_PORT_DEPENDENT -> remote;
        };
    }

    private int allocatePort(int internalPort) {
        if (config.portPreservation() && !byPort.containsKey(internalPort)) {
            return internalPort;
        }
        int range = 65536 - config.firstPort();
        for (int tries = 0; tries < range; tries++) {
            int port = nextPort;
            nextPort = port == 65535 ? config.firstPort() : port + 1;
            if (!byPort.containsKey(port)) {
                return port;
            }
        }
        return -1;
    }
}
