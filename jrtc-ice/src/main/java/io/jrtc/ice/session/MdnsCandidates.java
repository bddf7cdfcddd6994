package io.jrtc.ice.session;

import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceCandidateType;
import io.jrtc.ice.mdns.MdnsEvent;
import io.jrtc.ice.mdns.MdnsNames;
import io.jrtc.ice.mdns.MdnsResolver;
import io.jrtc.ice.mdns.MdnsResponder;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session's mDNS side (draft-ietf-mmusic-mdns-ice-candidates): remote {@code .local}
 * candidates wait here until the resolver answers (then they go to the agent with the address in
 * place of the name) or gives up (then they are dropped and counted); with obfuscation, our host
 * candidates are handed out under names the responder answers for.
 */
final class MdnsCandidates {
    private static final Logger LOG = LoggerFactory.getLogger(MdnsCandidates.class);

    private final MdnsResolver resolver;
    private final MdnsResponder responder;
    private final Map<String, List<IceCandidate>> waiting = new HashMap<>();
    long resolved;
    long unresolved;

    MdnsCandidates(IceSessionConfig config) {
        this.resolver = config.resolveMdns ? new MdnsResolver(config.mdnsTimeout) : null;
        this.responder = config.obfuscateHostCandidates ? new MdnsResponder() : null;
    }

    /** Queues a {@code .local} candidate for resolution; false if resolution is off. */
    boolean resolve(long now, IceCandidate c) {
        if (resolver == null || !MdnsNames.isMdnsName(c.address())) {
            unresolved++;
            return false;
        }
        waiting.computeIfAbsent(key(c.address()), k -> new ArrayList<>()).add(c);
        resolver.resolve(now, c.address());
        return true;
    }

    /** Candidates whose names resolved since the last call, with IP addresses in place of names. */
    List<IceCandidate> takeResolved() {
        List<IceCandidate> out = new ArrayList<>();
        if (resolver == null) {
            return out;
        }
        for (MdnsEvent e = resolver.pollEvent(); e != null; e = resolver.pollEvent()) {
            switch (e) {
                case MdnsEvent.Resolved r -> {
                    List<IceCandidate> cs = waiting.remove(key(r.name()));
                    InetAddress ip = pick(r.addresses());
                    if (cs != null && ip != null) {
                        for (IceCandidate c : cs) {
                            out.add(c.toBuilder().address(new InetSocketAddress(ip, c.port())).build());
                            resolved++;
                        }
                    }
                }
                case MdnsEvent.Failed f -> {
                    List<IceCandidate> cs = waiting.remove(key(f.name()));
                    unresolved += cs == null ? 0 : cs.size();
                    LOG.debug("dropping remote candidates for {}: {}", f.name(), f.reason());
                }
            }
        }
        return out;
    }

    /** Whether remote candidates are waiting for their names to resolve. */
    boolean waiting() {
        return !waiting.isEmpty();
    }

    // IPv4 first: it is what the peer's other candidates almost always use too.
    private static InetAddress pick(List<InetAddress> addresses) {
        for (InetAddress a : addresses) {
            if (a instanceof Inet4Address) {
                return a;
            }
        }
        return addresses.isEmpty() ? null : addresses.get(0);
    }

    /**
     * The candidate as signaled: host candidates under their mDNS name, related addresses of the
     * others hidden, when obfuscation is on; otherwise unchanged.
     */
    IceCandidate mask(IceCandidate c) {
        if (responder == null) {
            return c;
        }
        if (c.type() == IceCandidateType.HOST) {
            InetSocketAddress a = c.socketAddress().orElse(null);
            return a == null ? c : c.toBuilder().address(responder.register(a.getAddress())).build();
        }
        return c.relatedAddress().isPresent() ? c.toBuilder().related("0.0.0.0", 0).build() : c;
    }

    void handleInput(long now, InetSocketAddress source, byte[] buf, int off, int len) {
        if (resolver != null) {
            resolver.handleInput(now, buf, off, len);
        }
        if (responder != null) {
            responder.handleInput(now, source, buf, off, len);
        }
    }

    void handleTimeout(long now) {
        if (resolver != null && resolver.pollTimeout() <= now) {
            resolver.handleTimeout(now);
        }
    }

    long pollTimeout() {
        return resolver == null ? Long.MAX_VALUE : resolver.pollTimeout();
    }

    /** Moves queued queries and responses out; true if there were any. */
    boolean drainTransmits(Consumer<SessionTransmit> out) {
        boolean any = false;
        if (resolver != null) {
            for (byte[] q = resolver.pollTransmit(); q != null; q = resolver.pollTransmit()) {
                out.accept(new SessionTransmit.Mdns(MdnsResolver.GROUP_V4, q));
                any = true;
            }
        }
        if (responder != null) {
            for (MdnsResponder.Reply r = responder.pollTransmit(); r != null; r = responder.pollTransmit()) {
                out.accept(new SessionTransmit.Mdns(r.destination(), r.payload()));
                any = true;
            }
        }
        return any;
    }

    long malformed() {
        return (resolver == null ? 0 : resolver.malformed()) + (responder == null ? 0 : responder.malformed());
    }

    private static String key(String name) {
        String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        return n.toLowerCase(Locale.ROOT);
    }
}
