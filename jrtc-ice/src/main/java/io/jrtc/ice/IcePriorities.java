package io.jrtc.ice;

/** Candidate and pair priorities (RFC 8445 §5.1.2, §6.1.2.3). */
public final class IcePriorities {
    /** The component id of RTP, the only component with rtcp-mux (RFC 8445 §5.1.1). */
    public static final int RTP_COMPONENT = 1;

    private IcePriorities() {}

    /**
     * {@code (2^24)*(type preference) + (2^8)*(local preference) + (256 - component ID)}
     * (RFC 8445 §5.1.2.1).
     *
     * @param typePreference 0-126
     * @param localPreference 0-65535: differentiates interfaces and address families
     * @param component 1-256
     */
    public static long candidate(int typePreference, int localPreference, int component) {
        if (typePreference < 0 || typePreference > 126) {
            throw new IllegalArgumentException("type preference must be 0-126: " + typePreference);
        }
        if (localPreference < 0 || localPreference > 65535) {
            throw new IllegalArgumentException("local preference must be 0-65535: " + localPreference);
        }
        if (component < 1 || component > 256) {
            throw new IllegalArgumentException("component must be 1-256: " + component);
        }
        return ((long) typePreference << 24) + ((long) localPreference << 8) + (256 - component);
    }

    /** The priority of a candidate of {@code type} on component 1 with this local preference. */
    public static long candidate(IceCandidateType type, int localPreference) {
        return candidate(type.typePreference(), localPreference, RTP_COMPONENT);
    }

    /**
     * Pair priority {@code 2^32*MIN(G,D) + 2*MAX(G,D) + (G>D?1:0)} where G is the controlling
     * agent's candidate priority and D the controlled agent's (RFC 8445 §6.1.2.3). Compare with
     * {@link Long#compareUnsigned}: the value can exceed {@code Long.MAX_VALUE}.
     */
    public static long pair(long controlling, long controlled) {
        long min = Math.min(controlling, controlled);
        long max = Math.max(controlling, controlled);
        return (min << 32) + 2 * max + (controlling > controlled ? 1 : 0);
    }

    /**
     * A local preference for one of several host addresses (RFC 8445 §5.1.2.2): IPv6 before IPv4
     * (RFC 8421), then the order the caller listed them in.
     *
     * @param ipv6 whether the address is IPv6
     * @param index the address's position among addresses of its family, 0 first
     */
    public static int localPreference(boolean ipv6, int index) {
        int base = ipv6 ? 65535 : 32767;
        return Math.max(0, base - Math.min(index, 32767));
    }
}
