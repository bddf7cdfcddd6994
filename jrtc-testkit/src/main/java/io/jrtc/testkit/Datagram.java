package io.jrtc.testkit;

import io.jrtc.testkit.internal.IpLiterals;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One UDP datagram: where it comes from, where it goes, and its payload.
 *
 * <p>Immutable: the payload is copied in and {@link #payload()} returns a copy, so a core may keep
 * or modify what it received without affecting the trace or a duplicated copy in flight.
 *
 * @param source the sender's address (an endpoint's bound address, or a NAT's mapped address)
 * @param destination the receiver's address
 * @param payload the UDP payload
 */
public record Datagram(InetSocketAddress source, InetSocketAddress destination, byte[] payload) {
    /** Largest UDP payload over IPv4 (65535 - 20 - 8). */
    public static final int MAX_PAYLOAD_V4 = 65_507;
    /** Largest UDP payload over IPv6 without jumbograms (65535 - 8). */
    public static final int MAX_PAYLOAD_V6 = 65_527;

    private static final int SHOWN_BYTES = 16;

    /**
     * Checks and copies the parts.
     *
     * @throws IllegalArgumentException if an address is unresolved, the two addresses are of
     *     different IP versions, or the payload is too large for UDP
     */
    public Datagram {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(payload, "payload");
        if (source.isUnresolved() || destination.isUnresolved()) {
            throw new IllegalArgumentException("addresses must be IP literals, not host names: "
                    + source + " > " + destination);
        }
        boolean v4 = source.getAddress() instanceof Inet4Address;
        if (v4 != destination.getAddress() instanceof Inet4Address) {
            throw new IllegalArgumentException("source and destination must be the same IP version: "
                    + source + " > " + destination);
        }
        int max = v4 ? MAX_PAYLOAD_V4 : MAX_PAYLOAD_V6;
        if (payload.length > max) {
            throw new IllegalArgumentException("payload of " + payload.length
                    + " bytes exceeds the UDP maximum of " + max);
        }
        payload = payload.clone();
    }

    /** A copy of the payload. */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** Payload length in bytes, without copying. */
    public int length() {
        return payload.length;
    }

    /** The same payload and destination from another source (what a NAT does outbound). */
    public Datagram withSource(InetSocketAddress newSource) {
        return new Datagram(newSource, destination, payload);
    }

    /** The same payload and source to another destination (what a NAT does inbound). */
    public Datagram withDestination(InetSocketAddress newDestination) {
        return new Datagram(source, newDestination, payload);
    }

    /** A datagram going back the way this one came, carrying {@code replyPayload}. */
    public Datagram reply(byte[] replyPayload) {
        return new Datagram(destination, source, replyPayload);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Datagram d
                && source.equals(d.source)
                && destination.equals(d.destination)
                && Arrays.equals(payload, d.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, destination, Arrays.hashCode(payload));
    }

    /** {@code 10.0.0.1:5000 > 192.0.2.7:3478 (4 B: 01020304)}, the payload cut after 16 bytes. */
    @Override
    public String toString() {
        String hex = HexFormat.of().formatHex(payload, 0, Math.min(payload.length, SHOWN_BYTES));
        String more = payload.length > SHOWN_BYTES ? "..." : "";
        return IpLiterals.format(source) + " > " + IpLiterals.format(destination)
                + " (" + payload.length + " B: " + hex + more + ")";
    }
}
