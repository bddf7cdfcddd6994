package io.jrtc.ice.mdns;

import java.net.InetAddress;
import java.util.List;

/** What an {@link MdnsResolver} reports. */
public sealed interface MdnsEvent {

    /** The name resolved to these addresses (from an answer, or from the cache). */
    record Resolved(String name, List<InetAddress> addresses) implements MdnsEvent {
        public Resolved {
            addresses = List.copyOf(addresses);
        }
    }

    /** No answer came for the name before the timeout. */
    record Failed(String name, String reason) implements MdnsEvent {}
}
