package io.jrtc.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCIceGatheringState;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCSdpType;
import io.jrtc.webrtc.RTCSessionDescription;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * jrtc as the offering side of the echo convention: offers a data channel labelled {@code echo}
 * (ICE gathering complete, no trickle), POSTs {@code {"type":"offer","sdp":...}} to the server,
 * applies its answer, then sends a fixed mix of messages one at a time and checks that each comes
 * back byte-identical and of the same kind (text or binary).
 */
public final class EchoClient {
    /** One message of the mix and what happened to it. */
    public record Check(String name, boolean passed, String detail) {
    }

    /** Every check, in order. */
    public record Result(List<Check> checks) {
        public long passed() {
            return checks.stream().filter(Check::passed).count();
        }

        public long failed() {
            return checks.size() - passed();
        }

        /** The launcher's last line. */
        public String summary() {
            return passed() + " passed, " + failed() + " failed";
        }
    }

    private record Message(String name, String text, byte[] binary) {
    }

    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    private EchoClient() {
    }

    /** The mix: short text, 1 KB text, 16 KB binary, 64 KB binary (seeded, so runs are repeatable). */
    static List<Message> messages() {
        Random random = new Random(20261201L);
        StringBuilder kb = new StringBuilder(1024);
        for (int i = 0; i < 1024; i++) {
            // Printable ASCII plus a few multi-byte characters so UTF-8 handling is exercised too.
            kb.append(i % 97 == 0 ? 'é' : (char) ('!' + random.nextInt(94)));
        }
        byte[] b16 = new byte[16 * 1024];
        byte[] b64 = new byte[64 * 1024];
        random.nextBytes(b16);
        random.nextBytes(b64);
        return List.of(
                new Message("short text", "hello jrtc echo", null),
                new Message("1 KB text", kb.toString(), null),
                new Message("16 KB binary", null, b16),
                new Message("64 KB binary", null, b64));
    }

    /** Runs the whole exchange against {@code offerUrl}; {@code out} gets one line per check. */
    public static Result run(URI offerUrl, JrtcSettings settings, Consumer<String> out) {
        List<Message> mix = messages();
        List<Check> checks = new ArrayList<>();
        try (RTCPeerConnection pc = new RTCPeerConnection(RTCConfiguration.defaults(), settings)) {
            LinkedBlockingQueue<RTCDataChannel.MessageEvent> received = new LinkedBlockingQueue<>();
            CompletableFuture<Void> open = new CompletableFuture<>();
            RTCDataChannel channel = pc.createDataChannel("echo");
            channel.onOpen(() -> open.complete(null));
            channel.onMessage(received::add);
            channel.onClose(() -> open.completeExceptionally(new IllegalStateException("the channel closed before it opened")));
            try {
                connect(pc, offerUrl);
                open.get(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                String why = "no open data channel: " + rootMessage(e);
                for (Message m : mix) {
                    checks.add(report(out, new Check(m.name(), false, why)));
                }
                return new Result(checks);
            }
            for (Message m : mix) {
                checks.add(report(out, exchange(channel, received, m)));
            }
        }
        return new Result(checks);
    }

    private static Check exchange(RTCDataChannel channel, LinkedBlockingQueue<RTCDataChannel.MessageEvent> received, Message m) {
        try {
            if (channel.readyState() != RTCDataChannelState.OPEN) {
                return new Check(m.name(), false, "the channel is " + channel.readyState());
            }
            if (m.text() != null) {
                channel.send(m.text());
            } else {
                channel.send(m.binary());
            }
            RTCDataChannel.MessageEvent echo = received.poll(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (echo == null) {
                return new Check(m.name(), false, "no echo within " + STEP_TIMEOUT.toSeconds() + " s");
            }
            if (m.text() != null) {
                if (!echo.isText()) {
                    return new Check(m.name(), false, "sent text, the echo came back binary");
                }
                byte[] sent = m.text().getBytes(StandardCharsets.UTF_8);
                byte[] got = echo.text().getBytes(StandardCharsets.UTF_8);
                return compare(m.name(), sent, got);
            }
            if (echo.isText()) {
                return new Check(m.name(), false, "sent binary, the echo came back as text");
            }
            return compare(m.name(), m.binary(), echo.binary());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Check(m.name(), false, "interrupted");
        } catch (RuntimeException e) {
            return new Check(m.name(), false, "send failed: " + e.getMessage());
        }
    }

    private static Check compare(String name, byte[] sent, byte[] got) {
        if (Arrays.equals(sent, got)) {
            return new Check(name, true, sent.length + " bytes identical");
        }
        int at = Arrays.mismatch(sent, got);
        return new Check(name, false, "sent " + sent.length + " bytes, got " + got.length + ", first difference at byte " + at);
    }

    private static Check report(Consumer<String> out, Check c) {
        out.accept((c.passed() ? "ok   " : "FAIL ") + c.name() + ": " + c.detail());
        return c;
    }

    /** Offer with every candidate inline, POST it, apply the answer. */
    private static void connect(RTCPeerConnection pc, URI offerUrl) throws Exception {
        CompletableFuture<Void> gathered = new CompletableFuture<>();
        pc.onIceGatheringStateChange(s -> {
            if (s == RTCIceGatheringState.COMPLETE) {
                gathered.complete(null);
            }
        });
        pc.setLocalDescription().get(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (pc.iceGatheringState() != RTCIceGatheringState.COMPLETE) {
            gathered.get(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        String offer = JSON.createObjectNode().put("type", "offer").put("sdp", pc.localDescription().orElseThrow().sdp()).toString();
        HttpResponse<String> response;
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(STEP_TIMEOUT).build()) {
            response = http.send(HttpRequest.newBuilder(offerUrl).timeout(STEP_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(offer)).build(), HttpResponse.BodyHandlers.ofString());
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("the server answered " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException("the server's reply is not JSON: " + abbreviate(response.body()));
        }
        if (!answer.path("type").asText().equals("answer") || !answer.path("sdp").isTextual()) {
            throw new IllegalStateException("the server's reply is not {\"type\":\"answer\",\"sdp\":...}: " + abbreviate(response.body()));
        }
        pc.setRemoteDescription(RTCSessionDescription.of(RTCSdpType.ANSWER, answer.get("sdp").asText()))
                .get(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
