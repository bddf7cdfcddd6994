package io.jrtc.ice;

import io.jrtc.ice.internal.IpLiteral;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One ICE candidate as a {@code candidate:} line carries it (RFC 8839 §5.1), in the grammar
 * browsers exchange:
 *
 * <pre>
 * candidate:842163049 1 udp 1677729535 203.0.113.5 50000 typ srflx raddr 10.0.0.2 rport 50000 generation 0 ufrag Ab3d network-id 1 network-cost 10
 * </pre>
 *
 * <p>{@link #parse(String)} and {@link #toString()} round-trip a line exactly: the transport's
 * case and every extension ({@code tcptype}, {@code generation}, {@code ufrag}, {@code network-id},
 * {@code network-cost} and unknown ones) are kept in their order. The address may be an IPv4 or
 * IPv6 literal or an mDNS name ({@code xxxx.local}); it is never resolved here. Immutable.
 */
public final class IceCandidate {
    /** One {@code name value} pair after the candidate type (RFC 8839 §5.1 cand-extension). */
    public record Extension(String name, String value) {
        /** Checks that neither part is null. */
        public Extension {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    private final String foundation;
    private final int component;
    private final String transport;
    private final long priority;
    private final String address;
    private final int port;
    private final IceCandidateType type;
    private final String relatedAddress;
    private final int relatedPort;
    private final List<Extension> extensions;

    private IceCandidate(Builder b) {
        this.foundation = b.foundation;
        this.component = b.component;
        this.transport = b.transport;
        this.priority = b.priority;
        this.address = b.address;
        this.port = b.port;
        this.type = b.type;
        this.relatedAddress = b.relatedAddress;
        this.relatedPort = b.relatedPort;
        this.extensions = List.copyOf(b.extensions);
    }

    /**
     * Parses {@code candidate:...}, also accepted with an {@code a=} prefix (a whole SDP line).
     *
     * @throws IceCandidateParseException naming the bad field and offset; never anything else
     */
    public static IceCandidate parse(String line) throws IceCandidateParseException {
        if (line == null) {
            throw new IceCandidateParseException("no candidate line", 0);
        }
        return CandidateLineParser.parse(line);
    }

    /** A builder; foundation, priority, address, port and type are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this candidate's fields and extensions. */
    public Builder toBuilder() {
        Builder b = new Builder().foundation(foundation).component(component).transport(transport)
                .priority(priority).address(address).port(port).type(type);
        b.relatedAddress = relatedAddress;
        b.relatedPort = relatedPort;
        b.extensions.addAll(extensions);
        return b;
    }

    /** The foundation, 1-32 ice-chars (RFC 8445 §5.1.1.3). */
    public String foundation() {
        return foundation;
    }

    /** The component id, 1 for RTP (and everything, with rtcp-mux). */
    public int component() {
        return component;
    }

    /** The transport as written ({@code udp}, {@code UDP}, {@code tcp}...). */
    public String transport() {
        return transport;
    }

    /** True if the transport is UDP (in any case). */
    public boolean isUdp() {
        return transport.equalsIgnoreCase("udp");
    }

    /** True if the transport is TCP (in any case). */
    public boolean isTcp() {
        return transport.equalsIgnoreCase("tcp");
    }

    /** The priority, 0 to 2^32-1 (RFC 8445 §5.1.2). */
    public long priority() {
        return priority;
    }

    /** The address as written: an IP literal or an mDNS name. */
    public String address() {
        return address;
    }

    /** The port. */
    public int port() {
        return port;
    }

    /** The candidate type. */
    public IceCandidateType type() {
        return type;
    }

    /** True if the address is an mDNS name ({@code .local}) that needs resolving first. */
    public boolean isMdns() {
        return address.regionMatches(true, Math.max(0, address.length() - 6), ".local", 0, 6);
    }

    /** The address and port, if the address is an IP literal; empty for mDNS names. No DNS lookup. */
    public Optional<InetSocketAddress> socketAddress() {
        InetAddress ip = IpLiteral.parse(address);
        return ip == null ? Optional.empty() : Optional.of(new InetSocketAddress(ip, port));
    }

    /** The {@code raddr}, if present. */
    public Optional<String> relatedAddress() {
        return Optional.ofNullable(relatedAddress);
    }

    /** The {@code rport}, or -1 if absent. */
    public int relatedPort() {
        return relatedPort;
    }

    /** Every extension after the type and related address, in order (unmodifiable). */
    public List<Extension> extensions() {
        return extensions;
    }

    /** The value of the first extension with this name, if any. */
    public Optional<String> extension(String name) {
        for (Extension e : extensions) {
            if (e.name().equals(name)) {
                return Optional.of(e.value());
            }
        }
        return Optional.empty();
    }

    /** The {@code tcptype} (RFC 6544), if present and known. */
    public Optional<IceTcpType> tcpType() {
        return extension("tcptype").map(IceTcpType::fromString);
    }

    /** The {@code generation}, if present and numeric. */
    public Optional<Integer> generation() {
        return extension("generation").flatMap(IceCandidate::smallInt);
    }

    /** The {@code ufrag} the candidate belongs to, if present (trickle ICE, RFC 8838 §4.4). */
    public Optional<String> ufrag() {
        return extension("ufrag");
    }

    /** The {@code network-id}, if present and numeric. */
    public Optional<Integer> networkId() {
        return extension("network-id").flatMap(IceCandidate::smallInt);
    }

    /** The {@code network-cost}, if present and numeric. */
    public Optional<Integer> networkCost() {
        return extension("network-cost").flatMap(IceCandidate::smallInt);
    }

    private static Optional<Integer> smallInt(String s) {
        if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(s));
    }

    /** The candidate line, {@code candidate:} and all, without {@code a=} or a line end. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(128).append("candidate:").append(foundation).append(' ')
                .append(component).append(' ').append(transport).append(' ').append(priority).append(' ')
                .append(address).append(' ').append(port).append(" typ ").append(type);
        if (relatedAddress != null) {
            sb.append(" raddr ").append(relatedAddress);
        }
        if (relatedPort >= 0) {
            sb.append(" rport ").append(relatedPort);
        }
        for (Extension e : extensions) {
            sb.append(' ').append(e.name()).append(' ').append(e.value());
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IceCandidate c && toString().equals(c.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /** Builds an {@link IceCandidate}; extensions are written in the order they are set. */
    public static final class Builder {
        private String foundation;
        private int component = IcePriorities.RTP_COMPONENT;
        private String transport = "udp";
        private long priority = -1;
        private String address;
        private int port = -1;
        private IceCandidateType type;
        private String relatedAddress;
        private int relatedPort = -1;
        private final List<Extension> extensions = new ArrayList<>();

        private Builder() {}

        /** The foundation (1-32 characters of ALPHA, DIGIT, '+', '/'). */
        public Builder foundation(String value) {
            this.foundation = value;
            return this;
        }

        /** The component id, 1-256 (default 1). */
        public Builder component(int value) {
            this.component = value;
            return this;
        }

        /** The transport token (default {@code udp}). */
        public Builder transport(String value) {
            this.transport = value;
            return this;
        }

        /** The priority, 0 to 2^32-1. */
        public Builder priority(long value) {
            this.priority = value;
            return this;
        }

        /** The address: an IP literal or an mDNS name. */
        public Builder address(String value) {
            this.address = value;
            return this;
        }

        /** Address and port from a resolved socket address. */
        public Builder address(InetSocketAddress value) {
            this.address = IpLiteral.format(value.getAddress());
            this.port = value.getPort();
            return this;
        }

        /** The port, 0-65535. */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** The candidate type. */
        public Builder type(IceCandidateType value) {
            this.type = value;
            return this;
        }

        /** {@code raddr} and {@code rport}: the base or server-side address this one came from. */
        public Builder related(InetSocketAddress value) {
            this.relatedAddress = IpLiteral.format(value.getAddress());
            this.relatedPort = value.getPort();
            return this;
        }

        /** {@code raddr} and {@code rport} as written. */
        public Builder related(String addressValue, int portValue) {
            this.relatedAddress = addressValue;
            this.relatedPort = portValue;
            return this;
        }

        /** Appends an extension ({@code name value}); names and values may not contain spaces. */
        public Builder extension(String name, String value) {
            extensions.add(new Extension(name, value));
            return this;
        }

        /**
         * Builds and validates the candidate by printing and re-parsing it, so a built candidate
         * always round-trips.
         *
         * @throws IllegalArgumentException if a field is missing or out of range
         */
        public IceCandidate build() {
            if (foundation == null || address == null || type == null || priority < 0 || port < 0) {
                throw new IllegalArgumentException("foundation, priority, address, port and type are required");
            }
            IceCandidate c = new IceCandidate(this);
            try {
                CandidateLineParser.parse(c.toString());
            } catch (IceCandidateParseException e) {
                throw new IllegalArgumentException("invalid candidate: " + e.getMessage(), e);
            }
            return c;
        }

        /** For the parser: builds without re-validating. */
        IceCandidate buildParsed() {
            return new IceCandidate(this);
        }
    }
}
