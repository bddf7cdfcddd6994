package io.jrtc.examples;

import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCPeerConnection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A data channel that says hello when it opens and prints what it receives, on both sides (the
 * MDN "simple RTCDataChannel sample", without the page).
 */
public final class HelloDataChannel {
    private HelloDataChannel() {}

    /** Connects two peers; each prints (to {@code out}) what it receives. Returns the lines printed. */
    public static List<String> run(JrtcSettings settings, Consumer<String> out) throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch bothHeard = new CountDownLatch(2);
        try (InMemorySignaling signaling = new InMemorySignaling();
                RTCPeerConnection local = new RTCPeerConnection(RTCConfiguration.defaults(), settings);
                RTCPeerConnection remote = new RTCPeerConnection(RTCConfiguration.defaults(), settings)) {
            new PerfectNegotiation(local, signaling.first(), false);
            new PerfectNegotiation(remote, signaling.second(), true);
            RTCDataChannel sendChannel = local.createDataChannel("sendChannel");
            sendChannel.onOpen(() -> sendChannel.send("hello from the local side"));
            sendChannel.onMessage(m -> {
                String line = "local received: " + m.text();
                lines.add(line);
                out.accept(line);
                bothHeard.countDown();
            });
            remote.onDataChannel(ch -> {
                if (ch.readyState() == io.jrtc.webrtc.RTCDataChannelState.OPEN) {
                    ch.send("hello from the remote side");
                } else {
                    ch.onOpen(() -> ch.send("hello from the remote side"));
                }
                ch.onMessage(m -> {
                    String line = "remote received: " + m.text();
                    lines.add(line);
                    out.accept(line);
                    bothHeard.countDown();
                });
            });
            if (!bothHeard.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no hello within 30 s: " + lines);
            }
            return lines;
        }
    }

    public static void main(String[] args) throws Exception {
        run(JrtcSettings.builder().loopbackOnly(true).build(), System.out::println);
    }
}
