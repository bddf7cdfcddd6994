package io.jrtc.demo;

import io.jrtc.signaling.EchoEndpoint;
import io.jrtc.signaling.SignalingServer;
import io.jrtc.signaling.WhipWhep;
import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCConfiguration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./jrtc demo [--port 8080]}: the browser demo on http://localhost:PORT. One server holds the
 * page, {@code POST /demo/offer} (a jrtc peer that chats, hashes files, reports its statistics and
 * echoes media), {@code POST /offer} (the plain echo service), WHIP/WHEP, and room signaling at
 * {@code /ws/ROOM} for the two-browser mode.
 */
public final class DemoMain {
    private DemoMain() {
    }

    /** Everything the demo serves, not yet started; {@link #close} what it returns with the server. */
    public static final class Demo implements AutoCloseable {
        public final SignalingServer server;
        private final EchoEndpoint demo;
        private final EchoEndpoint echo;
        private final WhipWhep whipWhep;

        public Demo(String host, int port, JrtcSettings settings) {
            demo = new EchoEndpoint(RTCConfiguration.defaults(), settings, 64, DemoPeer::onChannel);
            echo = new EchoEndpoint(RTCConfiguration.defaults(), settings);
            whipWhep = new WhipWhep(RTCConfiguration.defaults(), settings, 64);
            server = SignalingServer.builder().host(host).port(port)
                    .route("/demo/offer", demo.handler())
                    .route("/offer", echo.handler())
                    .route("/whip/*", whipWhep.whipHandler())
                    .route("/whep/*", whipWhep.whepHandler())
                    .route("/", new WebResources())
                    .build();
        }

        @Override
        public void close() {
            server.close();
            demo.close();
            echo.close();
            whipWhep.close();
        }
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args, "127.0.0.1", 8080);
        } catch (IllegalArgumentException e) {
            System.err.println("jrtc demo: " + e.getMessage());
            System.exit(2);
            return;
        }
        Demo demo = new Demo(o.host(), o.port(), Services.settingsFor(o.host()));
        demo.server.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            demo.close();
            stopped.countDown();
        }));
        System.out.println("jrtc demo: open http://localhost:" + demo.server.port() + "/ (Ctrl-C stops it)");
        System.out.flush();
        stopped.await();
    }
}
