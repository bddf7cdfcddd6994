package io.jrtc.ice.mdns;

import java.util.Objects;

/**
 * A question (RFC 1035 §4.1.2) as mDNS uses it: the top bit of the class field is the
 * "unicast response" bit (RFC 6762 §5.4).
 *
 * @param name the name asked about, e.g. {@code 2f1c....local}
 * @param type the record type, e.g. {@link MdnsRecord#TYPE_A}
 * @param unicastResponse the QU bit
 */
public record MdnsQuestion(String name, int type, boolean unicastResponse) {
    public MdnsQuestion {
        Objects.requireNonNull(name, "name");
    }
}
