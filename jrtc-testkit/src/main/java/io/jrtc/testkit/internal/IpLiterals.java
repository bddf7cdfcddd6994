package io.jrtc.testkit.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Parses and prints IP address literals without ever touching DNS: a simulation must not depend
 * on the machine it runs on.
 */
public final class IpLiterals {
    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private IpLiterals() {}

    /**
     * Parses an IPv4 dotted quad or an IPv6 literal.
     *
     * @throws IllegalArgumentException if the text is not an IP literal (host names are refused
     *     because resolving them would read the real network)
     */
    public static InetAddress parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("IP address literal is null");
        }
        boolean v4 = IPV4.matcher(text).matches();
        if (!v4 && !IPV6.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    "not an IP address literal: '" + text + "' (use e.g. 10.0.0.1 or 2001:db8::1)");
        }
        InetAddress address;
        try {
            // Safe: the text is a literal, so getByName parses it and never queries DNS.
            address = InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address literal: '" + text + "'", e);
        }
        if (!v4 && address instanceof Inet4Address) {
            throw new IllegalArgumentException("IPv4-mapped IPv6 address '" + text
                    + "' is not supported: write the IPv4 form");
        }
        return address;
    }

    /** The address as text: dotted quad, or RFC 5952 compressed IPv6 (e.g. {@code 2001:db8::1}). */
    public static String format(InetAddress address) {
        if (address instanceof Inet6Address) {
            return formatV6(address.getAddress());
        }
        return address.getHostAddress();
    }

    /** {@code 10.0.0.1:5000} or {@code [2001:db8::1]:5000}. */
    public static String format(InetSocketAddress address) {
        InetAddress ip = address.getAddress();
        String host = ip instanceof Inet6Address ? "[" + format(ip) + "]" : format(ip);
        return host + ":" + address.getPort();
    }

    /** Bytes of IP and UDP header carried with a payload: 20 + 8 for IPv4, 40 + 8 for IPv6. */
    public static int udpOverhead(InetAddress address) {
        return address instanceof Inet6Address ? 48 : 28;
    }

    // RFC 5952 section 4: lower case, no leading zeros, the longest run (first on ties) of two
    // or more zero groups shortened to "::".
    private static String formatV6(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}
