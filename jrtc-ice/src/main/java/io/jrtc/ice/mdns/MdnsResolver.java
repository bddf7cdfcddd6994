package io.jrtc.ice.mdns;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sans-IO one-shot mDNS resolver (RFC 6762 §5.1-§5.2) for the {@code .local} host candidates
 * browsers hand out. {@link #resolve} queues a query for A and one for AAAA (one question per
 * message); queries repeat after 1 s, then 2 s, ... until an answer or the timeout. Answers fill
 * a cache that honours their TTLs.
 *
 * <p>Send what {@link #pollTransmit()} returns to {@link #GROUP_V4} (or {@link #GROUP_V6}) and
 * feed every datagram received on port 5353 to {@link #handleInput}. Not thread-safe.
 */
public final class MdnsResolver {
    /** The IPv4 mDNS group and port (RFC 6762 §3). */
    public static final InetSocketAddress GROUP_V4 = new InetSocketAddress(ip("224.0.0.251"), 5353);
    /** The IPv6 mDNS group and port (RFC 6762 §3). */
    public static final InetSocketAddress GROUP_V6 = new InetSocketAddress(ip("ff02::fb"), 5353);

    private static final Logger LOG = LoggerFactory.getLogger(MdnsResolver.class);
    private static final long SECOND = 1_000_000_000L;

    private final long timeoutNanos;
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final Map<String, Map<InetAddress, Long>> cache = new HashMap<>();
    private final ArrayDeque<byte[]> out = new ArrayDeque<>();
    private final ArrayDeque<MdnsEvent> events = new ArrayDeque<>();
    private long malformed;

    private static final class Pending {
        final String name;
        final long deadline;
        long nextSend;
        long interval = SECOND;

        Pending(String name, long now, long deadline) {
            this.name = name;
            this.nextSend = now;
            this.deadline = deadline;
        }
    }

    /** A resolver that gives up on a name after {@code timeout}. */
    public MdnsResolver(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
    }

    /** A resolver with a 5 s timeout. */
    public MdnsResolver() {
        this(Duration.ofSeconds(5));
    }

    /**
     * Resolves a {@code .local} name: at once from the cache, else by querying. Ends in exactly one
     * {@link MdnsEvent} for the name (several calls for a pending name share it).
     *
     * @throws IllegalArgumentException if the name is not under {@code .local}
     */
    public void resolve(long now, String name) {
        if (!MdnsNames.isMdnsName(name)) {
            throw new IllegalArgumentException("not an mDNS name (expected *.local): " + name);
        }
        List<InetAddress> known = cached(now, name);
        if (!known.isEmpty()) {
            events.add(new MdnsEvent.Resolved(name, known));
            return;
        }
        String key = MdnsNames.key(name);
        if (!pending.containsKey(key)) {
            pending.put(key, new Pending(name, now, now + timeoutNanos));
            handleTimeout(now);
        }
    }

    /** The unexpired cached addresses of the name (empty if none). */
    public List<InetAddress> cached(long now, String name) {
        Map<InetAddress, Long> entries = cache.get(MdnsNames.key(name));
        List<InetAddress> out = new ArrayList<>();
        if (entries != null) {
            entries.values().removeIf(expiry -> expiry <= now);
            out.addAll(entries.keySet());
        }
        return out;
    }

    /** A datagram received on port 5353 (queries and responses from anyone). */
    public void handleInput(long now, byte[] buf, int off, int len) {
        MdnsPacket p;
        try {
            p = MdnsPacket.parse(java.util.Arrays.copyOfRange(buf, off, off + len));
        } catch (MdnsParseException e) {
            malformed++;
            LOG.debug("dropped a malformed mDNS message: {}", e.getMessage());
            return;
        }
        if (!p.response()) {
            return;
        }
        for (MdnsRecord r : p.records()) {
            InetAddress a = r.toAddress();
            if (a != null) {
                learn(now, r, a);
            }
        }
        answerPending(now);
    }

    // RFC 6762 §10.1: TTL 0 is a goodbye: forget the address (after 1 s, here at once).
    private void learn(long now, MdnsRecord r, InetAddress a) {
        Map<InetAddress, Long> entries = cache.computeIfAbsent(MdnsNames.key(r.name()), k -> new LinkedHashMap<>());
        if (r.ttlSeconds() == 0) {
            entries.remove(a);
        } else {
            entries.put(a, now + Math.min(r.ttlSeconds(), 1L << 31) * SECOND);
        }
    }

    private void answerPending(long now) {
        for (Iterator<Pending> it = pending.values().iterator(); it.hasNext(); ) {
            Pending p = it.next();
            List<InetAddress> known = cached(now, p.name);
            if (!known.isEmpty()) {
                it.remove();
                events.add(new MdnsEvent.Resolved(p.name, known));
            }
        }
    }

    /** Sends the queries that are due and fails the names whose time is up. */
    public void handleTimeout(long now) {
        for (Iterator<Pending> it = pending.values().iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (p.deadline <= now) {
                it.remove();
                events.add(new MdnsEvent.Failed(p.name, "no mDNS answer within " + Duration.ofNanos(timeoutNanos)));
            } else if (p.nextSend <= now) {
                // Two messages of one question each: Chromium's responder drops a query with two
                // (its DNS query parser takes exactly one), and with it the name would never resolve.
                out.add(MdnsPacket.query(p.name, MdnsRecord.TYPE_A).encode());
                out.add(MdnsPacket.query(p.name, MdnsRecord.TYPE_AAAA).encode());
                // §5.2: the interval between the first two queries is at least 1 s, then doubles.
                p.nextSend = now + p.interval;
                p.interval *= 2;
            }
        }
    }

    /** The next query to send to the mDNS group, or null. */
    public byte[] pollTransmit() {
        return out.poll();
    }

    /** When {@link #handleTimeout} is next wanted, or {@link Long#MAX_VALUE}. */
    public long pollTimeout() {
        long t = Long.MAX_VALUE;
        for (Pending p : pending.values()) {
            t = Math.min(t, Math.min(p.nextSend, p.deadline));
        }
        return t;
    }

    /** The next event, or null. */
    public MdnsEvent pollEvent() {
        return events.poll();
    }

    /** Messages dropped because they did not parse. */
    public long malformed() {
        return malformed;
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
