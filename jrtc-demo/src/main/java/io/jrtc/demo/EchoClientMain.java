package io.jrtc.demo;

import java.net.URI;

/** {@code ./jrtc echo-client URL}: exit code 0 only when every echo matched. */
public final class EchoClientMain {
    private EchoClientMain() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ./jrtc echo-client URL   (e.g. http://127.0.0.1:8081/offer)");
            System.exit(2);
        }
        URI url;
        try {
            url = URI.create(args[0]);
            if (url.getHost() == null || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
                throw new IllegalArgumentException("not an http(s) URL with a host");
            }
        } catch (RuntimeException e) {
            System.err.println("jrtc echo-client: bad URL " + args[0] + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        EchoClient.Result r = EchoClient.run(url, Services.settingsFor(url.getHost()), System.out::println);
        System.out.println(r.summary());
        System.out.flush();
        System.exit(r.failed() == 0 ? 0 : 1);
    }
}
