package io.jrtc.ice;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which local addresses become host candidates and which ports the runtime binds: the pure
 * logic behind interface enumeration (the runtime lists interfaces, this decides). Like
 * browsers, loopback is left out unless asked for; link-local IPv6 too, since peers rarely
 * reach it.
 */
public final class HostCandidatePolicy {
    private final boolean includeLoopback;
    private final boolean includeLinkLocal;
    private final boolean ipv6;
    private final Set<String> allowedInterfaces;
    private final Set<String> deniedInterfaces;
    private final Predicate<InetAddress> addressFilter;
    private final int minPort;
    private final int maxPort;

    private HostCandidatePolicy(Builder b) {
        this.includeLoopback = b.includeLoopback;
        this.includeLinkLocal = b.includeLinkLocal;
        this.ipv6 = b.ipv6;
        this.allowedInterfaces = Set.copyOf(b.allowedInterfaces);
        this.deniedInterfaces = Set.copyOf(b.deniedInterfaces);
        this.addressFilter = b.addressFilter;
        this.minPort = b.minPort;
        this.maxPort = b.maxPort;
    }

    /** The defaults: no loopback, no link-local, IPv4 and IPv6, every interface, any port. */
    public static HostCandidatePolicy defaults() {
        return builder().build();
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether this address of this interface should become a host candidate. */
    public boolean accepts(String interfaceName, InetAddress address) {
        if (!allowedInterfaces.isEmpty() && !allowedInterfaces.contains(interfaceName)) {
            return false;
        }
        if (deniedInterfaces.contains(interfaceName)) {
            return false;
        }
        if (address.isLoopbackAddress() && !includeLoopback) {
            return false;
        }
        if (address.isLinkLocalAddress() && !includeLinkLocal) {
            return false;
        }
        if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        if (address instanceof Inet6Address && !ipv6) {
            return false;
        }
        return addressFilter.test(address);
    }

    /**
     * The accepted addresses of these interfaces (name to addresses, in the runtime's order), IPv6
     * first as RFC 8421 prefers, otherwise in the given order, without duplicates.
     */
    public List<InetAddress> select(Map<String, List<InetAddress>> interfaces) {
        List<InetAddress> v6 = new ArrayList<>();
        List<InetAddress> v4 = new ArrayList<>();
        for (Map.Entry<String, List<InetAddress>> e : new LinkedHashMap<>(interfaces).entrySet()) {
            for (InetAddress a : e.getValue()) {
                List<InetAddress> into = a instanceof Inet6Address ? v6 : v4;
                if (accepts(e.getKey(), a) && !into.contains(a)) {
                    into.add(a);
                }
            }
        }
        v6.addAll(v4);
        return v6;
    }

    /** Lowest port to bind (0 with {@link #maxPort()} 0: let the OS choose). */
    public int minPort() {
        return minPort;
    }

    /** Highest port to bind. */
    public int maxPort() {
        return maxPort;
    }

    /** Whether a port is within the configured range (any port if none was set). */
    public boolean portAllowed(int port) {
        return minPort == 0 && maxPort == 0 ? port > 0 && port <= 65535 : port >= minPort && port <= maxPort;
    }

    /** Builds a {@link HostCandidatePolicy}. */
    public static final class Builder {
        private boolean includeLoopback;
        private boolean includeLinkLocal;
        private boolean ipv6 = true;
        private Set<String> allowedInterfaces = Set.of();
        private Set<String> deniedInterfaces = Set.of();
        private Predicate<InetAddress> addressFilter = a -> true;
        private int minPort;
        private int maxPort;

        private Builder() {}

        /** Include loopback addresses (default false, as browsers do). */
        public Builder includeLoopback(boolean value) {
            this.includeLoopback = value;
            return this;
        }

        /** Include link-local addresses (default false). */
        public Builder includeLinkLocal(boolean value) {
            this.includeLinkLocal = value;
            return this;
        }

        /** Include IPv6 addresses (default true). */
        public Builder ipv6(boolean value) {
            this.ipv6 = value;
            return this;
        }

        /** Only these interfaces (empty: all). */
        public Builder allowInterfaces(Set<String> names) {
            this.allowedInterfaces = Objects.requireNonNull(names);
            return this;
        }

        /** Never these interfaces (e.g. VPN or container bridges). */
        public Builder denyInterfaces(Set<String> names) {
            this.deniedInterfaces = Objects.requireNonNull(names);
            return this;
        }

        /** An extra test every address must pass. */
        public Builder addressFilter(Predicate<InetAddress> filter) {
            this.addressFilter = Objects.requireNonNull(filter);
            return this;
        }

        /** Bind ports within {@code [min, max]} (1-65535). */
        public Builder portRange(int min, int max) {
            if (min < 1 || max > 65535 || min > max) {
                throw new IllegalArgumentException("port range must be within 1-65535 and min <= max: " + min + "-" + max);
            }
            this.minPort = min;
            this.maxPort = max;
            return this;
        }

        /** Builds the policy. */
        public HostCandidatePolicy build() {
            return new HostCandidatePolicy(this);
        }
    }
}
