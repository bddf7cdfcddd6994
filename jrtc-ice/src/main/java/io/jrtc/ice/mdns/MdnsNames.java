package io.jrtc.ice.mdns;

import java.util.Locale;
import java.util.UUID;

/**
 * mDNS host names for ICE candidates (draft-ietf-mmusic-mdns-ice-candidates §3.1.1): a random
 * version 4 UUID under {@code .local}, so the name tells nothing about the host.
 */
public final class MdnsNames {
    private MdnsNames() {}

    /** A fresh name like {@code 1f9d1c2e-4d1b-4a8e-9f3e-0c2b8a7d6e5f.local} (UUID from SecureRandom). */
    public static String randomName() {
        return UUID.randomUUID() + ".local";
    }

    /** True for a name in the {@code .local} domain (RFC 6762 §3), with or without the final dot. */
    public static boolean isMdnsName(String name) {
        String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        return n.toLowerCase(Locale.ROOT).endsWith(".local") && n.length() > ".local".length();
    }

    /** The name without a final dot and in lower case, for comparisons and cache keys. */
    static String key(String name) {
        String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        return n.toLowerCase(Locale.ROOT);
    }
}
