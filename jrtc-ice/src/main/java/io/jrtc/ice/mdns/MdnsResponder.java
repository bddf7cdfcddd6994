package io.jrtc.ice.mdns;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sans-IO mDNS responder (RFC 6762 §6) for our own host candidates' names: each local address
 * gets a random UUID {@code .local} name (draft-ietf-mmusic-mdns-ice-candidates), and queries for
 * it are answered with its A or AAAA record. The names are unique, so answers go out at once with
 * the cache-flush bit (§10.2) and a TTL of 120 s (§10).
 *
 * <p>Feed datagrams received on port 5353 to {@link #handleInput}; send what
 * {@link #pollTransmit()} returns to its destination. Not thread-safe.
 */
public final class MdnsResponder {
    /** TTL for host address records (RFC 6762 §10). */
    public static final long TTL_SECONDS = 120;

    private static final Logger LOG = LoggerFactory.getLogger(MdnsResponder.class);

    private final Map<String, Registration> names = new LinkedHashMap<>();
    private final Map<InetAddress, String> byAddress = new HashMap<>();
    private final ArrayDeque<Reply> out = new ArrayDeque<>();
    private long malformed;

    private record Registration(String name, InetAddress address) {}

    /**
     * A response to send.
     *
     * @param destination the mDNS group (224.0.0.251:5353 or [ff02::fb]:5353), or the querier's
     *     own address for unicast answers
     * @param payload the message
     */
    public record Reply(InetSocketAddress destination, byte[] payload) {}

    /** The name for this address: a new random one, or the one it already has. */
    public String register(InetAddress address) {
        String known = byAddress.get(address);
        if (known != null) {
            return known;
        }
        String name = MdnsNames.randomName();
        names.put(MdnsNames.key(name), new Registration(name, address));
        byAddress.put(address, name);
        return name;
    }

    /** Stops answering for the name and sends a goodbye, a record with TTL 0 (RFC 6762 §10.1). */
    public void unregister(String name) {
        Registration r = names.remove(MdnsNames.key(name));
        if (r != null) {
            byAddress.remove(r.address());
            InetSocketAddress group = r.address() instanceof java.net.Inet6Address ? MdnsResolver.GROUP_V6 : MdnsResolver.GROUP_V4;
            out.add(new Reply(group, response(List.of(MdnsRecord.address(r.name(), r.address(), 0)))));
        }
    }

    /**
     * A datagram received on port 5353 from {@code source}; queries for our names are answered:
     * to the group, or to the querier for questions with the QU bit (RFC 6762 §5.4) and for
     * legacy queries from ports other than 5353 (§6.7).
     */
    public void handleInput(long now, InetSocketAddress source, byte[] buf, int off, int len) {
        MdnsPacket p;
        try {
            p = MdnsPacket.parse(java.util.Arrays.copyOfRange(buf, off, off + len));
        } catch (MdnsParseException e) {
            malformed++;
            LOG.debug("dropped a malformed mDNS message: {}", e.getMessage());
            return;
        }
        if (p.response()) {
            return;
        }
        List<MdnsRecord> answers = new ArrayList<>();
        boolean unicast = false;
        for (MdnsQuestion q : p.questions()) {
            Registration r = names.get(MdnsNames.key(q.name()));
            if (r == null) {
                continue;
            }
            MdnsRecord rec = MdnsRecord.address(r.name(), r.address(), TTL_SECONDS);
            if ((q.type() == rec.type() || q.type() == MdnsRecord.TYPE_ANY) && !answers.contains(rec)) {
                answers.add(rec);
                unicast |= q.unicastResponse();
            }
        }
        if (answers.isEmpty()) {
            return;
        }
        if (source.getPort() != MdnsResolver.GROUP_V4.getPort()) {
            out.add(new Reply(source, legacyResponse(p, answers)));
        } else if (unicast) {
            out.add(new Reply(source, response(answers)));
        } else {
            boolean v6 = source.getAddress() instanceof java.net.Inet6Address;
            out.add(new Reply(v6 ? MdnsResolver.GROUP_V6 : MdnsResolver.GROUP_V4, response(answers)));
        }
    }

    // §6.7: a legacy resolver gets its id and questions back, TTLs of at most 10 s and no
    // cache-flush bits.
    private static byte[] legacyResponse(MdnsPacket query, List<MdnsRecord> answers) {
        List<MdnsRecord> legacy = new ArrayList<>();
        for (MdnsRecord r : answers) {
            legacy.add(new MdnsRecord(r.name(), r.type(), false, Math.min(r.ttlSeconds(), 10), r.rdata()));
        }
        return new MdnsPacket(query.id(), true, query.questions(), legacy).encode();
    }

    // §18.1: multicast responses carry id 0; §6: no questions in responses.
    private static byte[] response(List<MdnsRecord> answers) {
        return new MdnsPacket(0, true, List.of(), answers).encode();
    }

    /** The next response to send, or null. */
    public Reply pollTransmit() {
        return out.poll();
    }

    /** The responder needs no timers: always {@link Long#MAX_VALUE}. */
    public long pollTimeout() {
        return Long.MAX_VALUE;
    }

    /** Messages dropped because they did not parse. */
    public long malformed() {
        return malformed;
    }
}
