package io.jrtc.testkit;

import io.jrtc.testkit.internal.IpLiterals;
import java.net.InetAddress;

/** Test shorthand for an address literal. */
final class IpLiteral {
    private IpLiteral() {}

    static InetAddress of(String text) {
        return IpLiterals.parse(text);
    }
}
