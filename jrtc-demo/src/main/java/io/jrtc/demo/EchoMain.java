package io.jrtc.demo;

import io.jrtc.signaling.EchoEndpoint;
import io.jrtc.signaling.SignalingServer;
import io.jrtc.webrtc.RTCConfiguration;
import java.util.concurrent.CountDownLatch;

/** {@code ./jrtc echo [--host 127.0.0.1] [--port N]}: the echo service alone, until interrupted. */
public final class EchoMain {
    private EchoMain() {
    }

    /** The echo endpoint at {@code /offer} plus room signaling at {@code /ws}, not yet started. */
    public static SignalingServer server(String host, int port, EchoEndpoint echo) {
        return SignalingServer.builder().host(host).port(port).route("/offer", echo.handler()).build();
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args, "127.0.0.1", 8081);
        } catch (IllegalArgumentException e) {
            System.err.println("jrtc echo: " + e.getMessage());
            System.exit(2);
            return;
        }
        EchoEndpoint echo = new EchoEndpoint(RTCConfiguration.defaults(), Services.settingsFor(o.host()));
        SignalingServer server = server(o.host(), o.port(), echo).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            echo.close();
            stopped.countDown();
        }));
        System.out.println("echo service: POST {\"type\":\"offer\",\"sdp\":...} to http://" + o.host() + ":" + server.port() + "/offer");
        System.out.flush();
        stopped.await();
    }
}
