package io.jrtc.ice.mdns;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * A resource record (RFC 1035 §4.1.3) of class IN as mDNS uses it: the top bit of the class
 * field is the "cache flush" bit (RFC 6762 §10.2).
 *
 * @param name the owner name
 * @param type the type: {@link #TYPE_A}, {@link #TYPE_AAAA}, or another (kept as raw data)
 * @param cacheFlush the cache-flush bit
 * @param ttlSeconds the TTL, 0 meaning "goodbye" (RFC 6762 §10.1)
 * @param rdata the record data (copied in and out)
 */
public record MdnsRecord(String name, int type, boolean cacheFlush, long ttlSeconds, byte[] rdata) {
    /** An IPv4 address record. */
    public static final int TYPE_A = 1;
    /** An IPv6 address record (RFC 3596). */
    public static final int TYPE_AAAA = 28;
    /** The "any" query type. */
    public static final int TYPE_ANY = 255;

    public MdnsRecord {
        Objects.requireNonNull(name, "name");
        rdata = rdata.clone();
    }

    /** An A or AAAA record for this address. */
    public static MdnsRecord address(String name, InetAddress address, long ttlSeconds) {
        byte[] a = address.getAddress();
        return new MdnsRecord(name, a.length == 4 ? TYPE_A : TYPE_AAAA, true, ttlSeconds, a);
    }

    @Override
    public byte[] rdata() {
        return rdata.clone();
    }

    /** The address of an A record with 4 bytes or an AAAA record with 16, else null. */
    public InetAddress toAddress() {
        boolean ok = (type == TYPE_A && rdata.length == 4) || (type == TYPE_AAAA && rdata.length == 16);
        if (!ok) {
            return null;
        }
        try {
            return InetAddress.getByAddress(rdata);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are always an address", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MdnsRecord r && name.equals(r.name) && type == r.type && cacheFlush == r.cacheFlush
                && ttlSeconds == r.ttlSeconds && java.util.Arrays.equals(rdata, r.rdata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, cacheFlush, ttlSeconds, java.util.Arrays.hashCode(rdata));
    }

    @Override
    public String toString() {
        InetAddress a = toAddress();
        return "MdnsRecord[" + name + " type=" + type + " ttl=" + ttlSeconds + " "
                + (a != null ? a.getHostAddress() : rdata.length + " bytes") + "]";
    }
}
