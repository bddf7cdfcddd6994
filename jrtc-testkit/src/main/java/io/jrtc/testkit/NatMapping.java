package io.jrtc.testkit;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;

/**
 * One live entry of a NAT's mapping table, as {@link Nat#mappings()} shows it.
 *
 * @param internal the private address of the host's endpoint
 * @param external the public address the NAT maps it to
 * @param destination the remote this mapping is specific to: null for endpoint-independent
 *     mapping, port 0 for address-dependent mapping
 * @param expiresAtNanos when it expires unless outbound traffic refreshes it
 * @param permitted remotes allowed to send in, by the filtering behaviour: empty for
 *     endpoint-independent filtering (everyone is), port 0 for address-dependent filtering
 */
public record NatMapping(InetSocketAddress internal, InetSocketAddress external,
        InetSocketAddress destination, long expiresAtNanos, List<InetSocketAddress> permitted) {
    /** Copies the permitted list. */
    public NatMapping {
        Objects.requireNonNull(internal, "internal");
        Objects.requireNonNull(external, "external");
        permitted = List.copyOf(permitted);
    }
}
