package io.jrtc.stun.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * The transport-address value shared by MAPPED-ADDRESS, ALTERNATE-SERVER (RFC 8489 §14.1, §14.15)
 * and the XOR forms XOR-MAPPED-ADDRESS, XOR-PEER-ADDRESS, XOR-RELAYED-ADDRESS (§14.2, RFC 8656
 * §18.3, §18.5): a reserved byte, a family byte (0x01 IPv4, 0x02 IPv6), the port and the address.
 *
 * <p>The XOR forms XOR the port with the top 16 bits of the magic cookie and the address with the
 * cookie (IPv4) or with the cookie followed by the transaction id (IPv6). The cookie and the
 * transaction id are bytes 4..20 of the message, so XOR uses those bytes of the wire directly.
 */
public final class AddressCodec {
    private AddressCodec() {}

    /** RFC 8489 §14.1 address family codes. */
    public static final int FAMILY_IPV4 = 0x01;
    public static final int FAMILY_IPV6 = 0x02;

    private static final int HEADER_COOKIE_OFFSET = 4;

    /** Decodes the address value; the reserved first byte is ignored as §14.1 requires. */
    public static InetSocketAddress decode(AttributeReader r, boolean xor) {
        int length = r.length();
        if (length != 8 && length != 20) {
            throw r.fail("length " + length + ", expected 8 (IPv4) or 20 (IPv6)");
        }
        int family = r.u8(1);
        int addressLength = switch (family) {
            case FAMILY_IPV4 -> 4;
            case FAMILY_IPV6 -> 16;
            default -> throw r.fail(String.format("address family 0x%02X, expected 0x01 (IPv4) or 0x02 (IPv6)", family));
        };
        if (length != 4 + addressLength) {
            throw r.fail("length " + length + " does not match family "
                    + (family == FAMILY_IPV4 ? "IPv4 (expected 8)" : "IPv6 (expected 20)"));
        }
        int port = r.u16(2);
        byte[] ip = r.bytes(4, addressLength);
        if (xor) {
            port ^= Bytes.u16(r.wire(), HEADER_COOKIE_OFFSET);
            xorAddress(ip, r.wire());
        }
        return new InetSocketAddress(toInetAddress(ip), port);
    }

    /**
     * Encodes {@code address}. For the XOR forms the header (cookie and transaction id) must
     * already be in {@code w} at offsets 4..20.
     */
    public static void encode(WireWriter w, InetSocketAddress address, boolean xor) {
        byte[] ip = address.getAddress().getAddress();
        int port = address.getPort();
        if (xor) {
            port ^= Bytes.u16(w.array(), HEADER_COOKIE_OFFSET);
            xorAddress(ip, w.array());
        }
        w.u8(0);
        w.u8(ip.length == 4 ? FAMILY_IPV4 : FAMILY_IPV6);
        w.u16(port);
        w.bytes(ip);
    }

    /** Checks that an address can be carried in a STUN attribute; returns it. */
    public static InetSocketAddress requireEncodable(InetSocketAddress address, String attributeName) {
        if (address == null) {
            throw new NullPointerException(attributeName + " address");
        }
        if (address.isUnresolved()) {
            throw new IllegalArgumentException(attributeName + " needs a resolved IP address, got unresolved " + address);
        }
        return address;
    }

    // The address XOR key is the cookie followed by the transaction id: exactly wire[4..20).
    private static void xorAddress(byte[] ip, byte[] wire) {
        for (int i = 0; i < ip.length; i++) {
            ip[i] ^= wire[HEADER_COOKIE_OFFSET + i];
        }
    }

    private static InetAddress toInetAddress(byte[] ip) {
        try {
            // Inet6Address.getByAddress keeps an IPv4-mapped IPv6 address (::ffff:a.b.c.d) as IPv6;
            // InetAddress.getByAddress would turn it into IPv4 and change the family on re-encoding.
            return ip.length == 4 ? InetAddress.getByAddress(ip) : Inet6Address.getByAddress(null, ip, -1);
        } catch (UnknownHostException e) {
            throw new AssertionError("4- or 16-byte address rejected", e);
        }
    }
}
