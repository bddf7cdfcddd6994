package io.jrtc.demo;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** {@code --host} and {@code --port} as the launcher passes them. */
record Options(String host, int port) {
    static Options parse(String[] args, String defaultHost, int defaultPort) {
        String host = defaultHost;
        int port = defaultPort;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("--host") || a.equals("--port")) && i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            switch (a) {
                case "--host" -> host = args[++i];
                case "--port" -> {
                    String v = args[++i];
                    try {
                        port = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--port takes a number, not " + v);
                    }
                    if (port < 0 || port > 65535) {
                        throw new IllegalArgumentException("--port must be 0..65535, not " + port);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option: " + a);
            }
        }
        return new Options(host, port);
    }

    /** Whether {@code host} names only this machine (then jrtc offers loopback candidates only). */
    static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
