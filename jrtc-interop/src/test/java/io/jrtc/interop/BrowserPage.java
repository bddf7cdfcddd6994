package io.jrtc.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The test's side of the browser page (chromium-peer.html): a tiny HTTP server on 127.0.0.1 that
 * serves the page, hands it commands through a long poll ({@code GET /poll}) and takes its
 * results, signaling messages and events ({@code POST /event}). The page is opened as
 * {@code http://localhost:<port>/}: Chromium's host-resolver rules in INTEROP.md only exempt the
 * name localhost (a browser in a network namespace gets the page on a veth address instead).
 */
final class BrowserPage implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BrowserPage.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long a poll is held open when there is nothing to send (the page polls again at once). */
    private static final long POLL_HOLD_MS = 2000;

    /** An event the page reported: its name, data and the peer-connection generation it belongs to. */
    record Event(String name, JsonNode data, int gen) {
        String label() {
            return data.path("label").asText();
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "browser-page-http");
        t.setDaemon(true);
        return t;
    });
    private final LinkedBlockingQueue<ObjectNode> outbox = new LinkedBlockingQueue<>();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong();
    private final CompletableFuture<String> ready = new CompletableFuture<>();
    private final List<Event> events = new ArrayList<>();
    private final byte[] page;
    private final String host;
    private volatile int gen;
    private volatile Consumer<JsonNode> signalHandler = m -> {};

    BrowserPage() throws IOException {
        this(InetAddress.getLoopbackAddress(), "localhost");
    }

    /**
     * A page server bound to {@code address}, its URL naming {@code host} (a browser in a network
     * namespace reaches it on the veth address the test gave this side).
     */
    BrowserPage(InetAddress address, String host) throws IOException {
        this.host = host;
        try (InputStream in = BrowserPage.class.getResourceAsStream("chromium-peer.html")) {
            if (in == null) {
                throw new IllegalStateException("chromium-peer.html is missing from the test resources");
            }
            page = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress(address, 0), 16);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The page's URL. */
    String url() {
        return "http://" + host + ":" + server.getAddress().getPort() + "/";
    }

    /** Waits for the page to load and report; returns its user agent. */
    String awaitReady(Duration timeout, Runnable whileWaiting) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return ready.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                whileWaiting.run();
                if (System.nanoTime() > end) {
                    throw new AssertionError("the browser did not load " + url() + " within " + timeout);
                }
            }
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            switch (path) {
                case "/" -> reply(ex, 200, "text/html; charset=utf-8", page);
                case "/poll" -> reply(ex, 200, "application/json", poll());
                case "/event" -> {
                    JsonNode batch = JSON.readTree(ex.getRequestBody());
                    for (JsonNode m : batch) {
                        dispatch(m);
                    }
                    reply(ex, 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
                }
                default -> reply(ex, 404, "text/plain", new byte[0]);
            }
        } catch (InterruptedException e) {
            LOG.debug("page server stopping during a poll");
        } catch (RuntimeException e) {
            LOG.warn("browser page request failed", e);
        }
    }

    private static void reply(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private byte[] poll() throws InterruptedException, IOException {
        ArrayNode batch = JSON.createArrayNode();
        ObjectNode first = outbox.poll(POLL_HOLD_MS, TimeUnit.MILLISECONDS);
        if (first != null) {
            batch.add(first);
            List<ObjectNode> more = new ArrayList<>();
            outbox.drainTo(more);
            more.forEach(batch::add);
        }
        return JSON.writeValueAsBytes(batch);
    }

    private void dispatch(JsonNode m) {
        String kind = m.path("kind").asText();
        int from = m.path("gen").asInt();
        switch (kind) {
            case "ready" -> ready.complete(m.path("userAgent").asText());
            case "result" -> {
                CompletableFuture<JsonNode> f = pending.remove(m.path("id").asLong());
                if (f == null) {
                    return;
                }
                if (m.has("error")) {
                    f.completeExceptionally(new AssertionError("in the browser: " + m.path("error").asText()));
                } else {
                    f.complete(m.path("value"));
                }
            }
            case "signal" -> {
                if (from == gen) {
                    signalHandler.accept(m);
                }
            }
            case "event" -> {
                Event e = new Event(m.path("name").asText(), m.path("data"), from);
                LOG.debug("browser event {} {}", e.name(), e.data());
                synchronized (events) {
                    events.add(e);
                    events.notifyAll();
                }
            }
            default -> LOG.warn("unknown message from the page: {}", m);
        }
    }

    private void enqueue(ObjectNode m) {
        outbox.add(m);
    }

    /**
     * Runs JavaScript in the page as the body of an async function and returns its value (JSON).
     * Errors thrown in the page become AssertionErrors carrying the page's stack.
     */
    JsonNode eval(String code, Duration timeout) {
        long id = nextId.incrementAndGet();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        ObjectNode m = JSON.createObjectNode();
        m.put("kind", "eval").put("id", id).put("code", code);
        enqueue(m);
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the browser did not finish within " + timeout + ": " + code);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof AssertionError a) {
                throw new AssertionError(a.getMessage() + "\n  while running: " + code, a);
            }
            throw new AssertionError(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            pending.remove(id);
        }
    }

    JsonNode eval(String code) {
        return eval(code, Duration.ofSeconds(30));
    }

    /**
     * A new RTCPeerConnection in the page (closing the previous one), with this configuration
     * merged over {@code {iceServers: []}}; signals from it go to {@code onSignal}.
     */
    void newPeerConnection(String configJson, Consumer<JsonNode> onSignal) {
        signalHandler = m -> {};
        int g = eval("return newPc(" + configJson + ");").asInt();
        synchronized (events) {
            events.removeIf(e -> e.gen() != g);
        }
        gen = g;
        signalHandler = onSignal;
    }

    /** Closes the page's peer connection. */
    void closePeerConnection() {
        signalHandler = m -> {};
        eval("if (pc) pc.close(); return null;", Duration.ofSeconds(10));
    }

    /** Sends a session description (its toJSON text) to the page's peer connection. */
    void signalDescription(String descriptionJson) {
        signal("description", descriptionJson);
    }

    /** Sends a trickled candidate (its toJSON text) to the page's peer connection. */
    void signalCandidate(String candidateJson) {
        signal("candidate", candidateJson);
    }

    private void signal(String member, String json) {
        try {
            ObjectNode m = JSON.createObjectNode();
            m.put("kind", "signal").put("gen", gen).set(member, JSON.readTree(json));
            enqueue(m);
        } catch (IOException e) {
            throw new AssertionError("jrtc produced JSON that does not parse: " + json, e);
        }
    }

    /** Waits for the first event of the current generation with this name that matches. */
    Event awaitEvent(String name, Predicate<Event> match, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (events) {
            while (true) {
                for (Event e : events) {
                    if (e.gen() == gen && e.name().equals(name) && match.test(e)) {
                        return e;
                    }
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("the browser reported no '" + name + "' event as expected within "
                            + timeout + "; its events: " + eventsOfThisGeneration());
                }
                try {
                    events.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", ie);
                }
            }
        }
    }

    /** The events of the current generation with this name, so far. */
    List<Event> events(String name) {
        synchronized (events) {
            return events.stream().filter(e -> e.gen() == gen && e.name().equals(name)).toList();
        }
    }

    /** Every event of the current generation, for failure messages. */
    List<String> eventsOfThisGeneration() {
        synchronized (events) {
            return events.stream().filter(e -> e.gen() == gen).map(e -> e.name() + " " + e.data()).toList();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
