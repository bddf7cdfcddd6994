package io.jrtc.testkit;

import io.jrtc.testkit.internal.IpLiterals;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * An address space: the public internet, or the private network behind one NAT. Addresses are
 * unique within a realm, so two homes may both use 192.168.1.2.
 */
final class Realm {
    private final String name;
    private final Nat owner;
    private final Map<InetAddress, Face> addresses = new HashMap<>();

    Realm(String name, Nat owner) {
        this.name = name;
        this.owner = owner;
    }

    /** The NAT this realm is behind, or null for the internet. */
    Nat owner() {
        return owner;
    }

    /** Throws if {@code address} is taken here (or is the public address of this realm's NAT). */
    void checkFree(InetAddress address) {
        if (owner != null && address.equals(owner.publicAddress())) {
            throw new IllegalArgumentException(IpLiterals.format(address)
                    + " is the public address of " + owner + "; a host behind it cannot use it");
        }
        Face existing = addresses.get(address);
        if (existing != null) {
            throw new IllegalArgumentException(IpLiterals.format(address) + " is already used by "
                    + existing.node() + " in " + name);
        }
    }

    void add(InetAddress address, Face face) {
        checkFree(address);
        addresses.put(address, face);
    }

    void remove(InetAddress address) {
        addresses.remove(address);
    }

    boolean contains(InetAddress address) {
        return addresses.containsKey(address);
    }

    /**
     * Where a datagram for {@code destination} goes next from {@code from}: the node with that
     * address, else the NAT this realm is behind (the default route), else nowhere (null).
     */
    Face route(InetAddress destination, Face from) {
        Face face = addresses.get(destination);
        if (face != null) {
            return face;
        }
        Face gateway = owner == null ? null : owner.inside();
        return gateway == from ? null : gateway;
    }

    @Override
    public String toString() {
        return name;
    }
}
