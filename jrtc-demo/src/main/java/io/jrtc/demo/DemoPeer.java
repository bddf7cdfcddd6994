package io.jrtc.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCPeerConnection;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What jrtc does with the demo page's data channels, by label: {@code chat} answers each line,
 * {@code file} hashes a file (a JSON header {@code {"name","size"}}, then binary chunks) and reports
 * its SHA-256, {@code stats} gets a {@link StatsSample} of jrtc's own {@code getStats()} once a
 * second (for the page's "jrtc" chart series), anything else echoes.
 */
final class DemoPeer {
    private static final Logger LOG = LoggerFactory.getLogger(DemoPeer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The demo is for trying things out; files above this are refused. */
    private static final long MAX_FILE = 512L * 1024 * 1024;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jrtc-demo-stats");
        t.setDaemon(true);
        return t;
    });

    private DemoPeer() {
    }

    static void onChannel(RTCPeerConnection pc, RTCDataChannel channel) {
        switch (channel.label()) {
            case "chat" -> channel.onMessage(m -> {
                String text = m.isText() ? m.text() : "(" + m.binary().length + " bytes of binary)";
                send(channel, "jrtc heard \"" + text + "\" (" + text.codePointCount(0, text.length()) + " characters)");
            });
            case "file" -> hashFiles(channel);
            case "stats" -> pushStats(pc, channel);
            default -> channel.onMessage(m -> {
                if (m.isText()) {
                    send(channel, m.text());
                } else {
                    sendBinary(channel, m.binary());
                }
            });
        }
    }

    private static void hashFiles(RTCDataChannel channel) {
        class Transfer {
            MessageDigest digest;
            String name;
            long size;
            long received;
        }
        Transfer t = new Transfer();
        channel.onMessage(m -> {
            if (m.isText()) {
                try {
                    JsonNode header = JSON.readTree(m.text());
                    t.name = header.path("name").asText("file");
                    t.size = header.path("size").asLong(-1);
                    t.received = 0;
                    if (t.size < 0 || t.size > MAX_FILE) {
                        send(channel, JSON.createObjectNode().put("type", "error").put("message", "size must be 0.." + MAX_FILE).toString());
                        t.digest = null;
                        return;
                    }
                    t.digest = MessageDigest.getInstance("SHA-256");
                    if (t.size == 0) {
                        finish(channel, t.name, 0, t.digest);
                    }
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException("every JDK has SHA-256", e);
                } catch (Exception e) {
                    send(channel, JSON.createObjectNode().put("type", "error").put("message", "expected a JSON header {\"name\",\"size\"}").toString());
                }
                return;
            }
            if (t.digest == null) {
                send(channel, JSON.createObjectNode().put("type", "error").put("message", "send the header first").toString());
                return;
            }
            t.digest.update(m.binary());
            t.received += m.binary().length;
            if (t.received >= t.size) {
                finish(channel, t.name, t.received, t.digest);
                t.digest = null;
            }
        });
    }

    private static void finish(RTCDataChannel channel, String name, long bytes, MessageDigest digest) {
        ObjectNode done = JSON.createObjectNode().put("type", "sha256").put("name", name).put("bytes", bytes)
                .put("sha256", HexFormat.of().formatHex(digest.digest()));
        send(channel, done.toString());
    }

    private static void pushStats(RTCPeerConnection pc, RTCDataChannel channel) {
        ScheduledFuture<?>[] task = new ScheduledFuture<?>[1];
        task[0] = TIMER.scheduleAtFixedRate(() -> {
            if (channel.readyState() == RTCDataChannelState.CLOSED || channel.readyState() == RTCDataChannelState.CLOSING) {
                task[0].cancel(false);
                return;
            }
            if (channel.readyState() == RTCDataChannelState.OPEN) {
                pc.getStats().thenAccept(report -> send(channel, sample(report.toJSON())));
            }
        }, 1, 1, TimeUnit.SECONDS);
        channel.onClose(() -> task[0].cancel(false));
    }

    private static String sample(String reportJson) {
        try {
            return StatsSample.of(JSON.readTree(reportJson)).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("jrtc's own stats report is not JSON", e);
        }
    }

    private static void send(RTCDataChannel channel, String text) {
        try {
            channel.send(text);
        } catch (RuntimeException e) {
            LOG.debug("demo reply on {} dropped: {}", channel.label(), e.getMessage());
        }
    }

    private static void sendBinary(RTCDataChannel channel, byte[] data) {
        try {
            channel.send(data);
        } catch (RuntimeException e) {
            LOG.debug("demo reply on {} dropped: {}", channel.label(), e.getMessage());
        }
    }
}
