package io.jrtc.ice.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** IP literals without DNS: {@link InetAddress#getByName} is only called on strings that are literals. */
public final class IpLiteral {
    private IpLiteral() {}

    /** The address, or null if {@code s} is not an IPv4 dotted quad or an IPv6 literal (no zone). */
    public static InetAddress parse(String s) {
        if (s == null || s.isEmpty() || s.length() > 45 || !looksLiteral(s)) {
            return null;
        }
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException | RuntimeException e) {
            return null;
        }
    }

    private static boolean looksLiteral(String s) {
        if (s.indexOf(':') >= 0) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
                        || c == ':' || c == '.';
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /** The literal for an address: dotted quad, or compressed IPv6 without brackets or zone. */
    public static String format(InetAddress a) {
        String s = a.getHostAddress();
        if (a instanceof Inet6Address) {
            int zone = s.indexOf('%');
            if (zone >= 0) {
                s = s.substring(0, zone);
            }
            return compress(s);
        }
        return s;
    }

    /** RFC 5952 form: the longest run of two or more zero groups becomes "::", lower case. */
    private static String compress(String full) {
        String[] g = full.split(":");
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < g.length;) {
            if (Integer.parseInt(g[i], 16) == 0) {
                int j = i;
                while (j < g.length && Integer.parseInt(g[j], 16) == 0) {
                    j++;
                }
                if (j - i > bestLen) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < g.length; i++) {
            if (i == bestStart) {
                sb.append(i == 0 ? "::" : ":");
                i += bestLen - 1;
                continue;
            }
            sb.append(Integer.toHexString(Integer.parseInt(g[i], 16)));
            if (i < g.length - 1) {
                sb.append(':');
            }
        }
        return sb.toString();
    }
}
