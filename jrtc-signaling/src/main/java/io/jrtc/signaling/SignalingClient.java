package io.jrtc.signaling;

import io.jrtc.signaling.internal.ClientMessages;
import io.jrtc.signaling.internal.ServerMessageParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client of {@link SignalingServer} on the JDK's {@link WebSocket}.
 *
 * <pre>{@code
 * try (SignalingClient c = SignalingClient.connect(URI.create("ws://127.0.0.1:8080/ws"), "room1")) {
 *     c.signal(new SignalPayload.Description("offer", sdp));
 *     SignalingEvent e = c.poll(Duration.ofSeconds(10));
 * }
 * }</pre>
 *
 * Events arrive in order, either in a queue ({@link #poll()}, {@link #poll(Duration)}) or, when a
 * listener is given, to that listener, called on one thread at a time. The last event is
 * {@link SignalingEvent.Closed}. The send methods may be called from any thread; messages go out
 * in the order of the calls.
 */
public final class SignalingClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SignalingClient.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** A server message larger than this is refused (the server's own limit is far below). */
    private static final int MAX_INCOMING_CHARS = 16 << 20;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private final Consumer<SignalingEvent> listener;
    private final BlockingQueue<SignalingEvent> queue = new LinkedBlockingQueue<>();
    private final CompletableFuture<SignalingEvent.Closed> closed = new CompletableFuture<>();
    private final Object sendLock = new Object();
    private CompletableFuture<?> lastSend = CompletableFuture.completedFuture(null);
    private volatile WebSocket socket;
    private volatile CompletableFuture<SignalingEvent.Joined> pendingJoin;
    private volatile String id;
    private volatile String room;
    private volatile Thread receivingThread;

    private SignalingClient(Consumer<SignalingEvent> listener) {
        this.listener = listener;
    }

    /**
     * Connects without joining a room; {@link #join} later.
     *
     * @param url the server's signaling endpoint, e.g. {@code ws://127.0.0.1:8080/ws}
     * @throws SignalingException when the connection cannot be made
     */
    public static SignalingClient connect(URI url) throws SignalingException {
        return connect(url, null, null);
    }

    /**
     * Connects and joins {@code room}; the {@link SignalingEvent.Joined} event is the first in the queue.
     *
     * @throws SignalingException when the connection cannot be made or the server refuses the
     *     join (e.g. {@link ErrorCode#ROOM_FULL}); the connection is then closed
     */
    public static SignalingClient connect(URI url, String room) throws SignalingException {
        return connect(url, room, null);
    }

    /**
     * Connects, joins {@code room} when not {@code null}, and hands every event to {@code listener}
     * (when not {@code null}) instead of the queue.
     *
     * @throws SignalingException as {@link #connect(URI, String)}
     */
    public static SignalingClient connect(URI url, String room, Consumer<SignalingEvent> listener)
            throws SignalingException {
        try {
            return connectAsync(url, room, listener).get(2 * TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SignalingException se) {
                throw se;
            }
            throw new SignalingException(null, "cannot connect to " + url + ": " + cause, cause);
        } catch (TimeoutException e) {
            throw new SignalingException(null, "no answer from " + url + " within " + 2 * TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignalingException(null, "interrupted while connecting to " + url, e);
        }
    }

    /**
     * The asynchronous form of {@link #connect(URI, String, Consumer)}: completes when connected
     * (and joined), or exceptionally with a {@link SignalingException}.
     */
    public static CompletableFuture<SignalingClient> connectAsync(URI url, String room,
            Consumer<SignalingEvent> listener) {
        Objects.requireNonNull(url, "url");
        SignalingClient client = new SignalingClient(listener);
        CompletableFuture<SignalingEvent.Joined> joined = room == null ? null : new CompletableFuture<>();
        client.pendingJoin = joined;
        return HTTP.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(url, client.new Receiver())
                .handle((ws, failure) -> {
                    if (failure != null) {
                        throw new java.util.concurrent.CompletionException(new SignalingException(null,
                                "cannot connect to " + url + ": " + failure.getMessage(), failure));
                    }
                    client.socket = ws;
                    return client;
                })
                .thenCompose(c -> {
                    if (joined == null) {
                        return CompletableFuture.completedFuture(c);
                    }
                    c.send(ClientMessages.join(room));
                    return joined.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).handle((j, failure) -> {
                        if (failure != null) {
                            c.closeAsync();
                            Throwable cause = failure instanceof java.util.concurrent.CompletionException
                                    ? failure.getCause() : failure;
                            throw new java.util.concurrent.CompletionException(cause instanceof SignalingException
                                    ? cause
                                    : new SignalingException(null, "no answer to join from " + url, cause));
                        }
                        return c;
                    });
                });
    }

    /** This client's peer id once it has joined a room, else {@code null}. */
    public String id() {
        return id;
    }

    /** The room this client is in, or {@code null}. */
    public String room() {
        return room;
    }

    /** Asks to join {@code room}; the answer is a {@link SignalingEvent.Joined} or an {@link SignalingEvent.Error}. */
    public CompletableFuture<Void> join(String room) {
        return send(ClientMessages.join(Objects.requireNonNull(room, "room")));
    }

    /** Asks to leave the current room; the answer is a {@link SignalingEvent.Left} or an error. */
    public CompletableFuture<Void> leave() {
        return send(ClientMessages.leave());
    }

    /** Sends {@code data} to every other member of the room. */
    public CompletableFuture<Void> signal(SignalPayload data) {
        return send(ClientMessages.signal(null, Objects.requireNonNull(data, "data")));
    }

    /** Sends {@code data} to the member with peer id {@code to} only. */
    public CompletableFuture<Void> signal(String to, SignalPayload data) {
        return send(ClientMessages.signal(Objects.requireNonNull(to, "to"), Objects.requireNonNull(data, "data")));
    }

    /** Asks for a {@link SignalingEvent.Pong}; also keeps the connection from idling out. */
    public CompletableFuture<Void> ping() {
        return send(ClientMessages.ping());
    }

    /**
     * Sends a text message as it is, for protocol extensions and tests; the future completes when
     * it is handed to the network.
     */
    public CompletableFuture<Void> send(String text) {
        Objects.requireNonNull(text, "text");
        synchronized (sendLock) {
            // The JDK WebSocket allows one outstanding send: chain each after the previous.
            CompletableFuture<Void> next = lastSend.handle((r, t) -> null)
                    .thenCompose(ignored -> socket.sendText(text, true))
                    .thenApply(ws -> null);
            lastSend = next;
            return next;
        }
    }

    /** The next event, or {@code null} when none is waiting (always {@code null} with a listener). */
    public SignalingEvent poll() {
        return queue.poll();
    }

    /** The next event, waiting up to {@code timeout}; {@code null} when none came. */
    public SignalingEvent poll(Duration timeout) throws InterruptedException {
        return queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Whether the connection is still open. */
    public boolean isOpen() {
        return !closed.isDone();
    }

    /** Completes with the {@link SignalingEvent.Closed} event when the connection has ended. */
    public CompletableFuture<SignalingEvent.Closed> closeFuture() {
        return closed;
    }

    /**
     * Closes the connection (status 1000) and waits briefly for the server's close reply, then
     * drops the connection if it has not come. Called from a listener callback it does not wait
     * (the reply arrives on that thread). Idempotent.
     */
    @Override
    public void close() {
        CompletableFuture<SignalingEvent.Closed> done = closeAsync();
        if (Thread.currentThread() == receivingThread) {
            return;
        }
        try {
            done.get(2 * TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("signaling connection did not close cleanly", e);
        }
    }

    /**
     * Starts closing (status 1000) without waiting; the connection is dropped if the server's
     * close reply does not come within 10 seconds. Completes with the {@link SignalingEvent.Closed} event.
     */
    public CompletableFuture<SignalingEvent.Closed> closeAsync() {
        WebSocket ws = socket;
        if (ws == null || closed.isDone()) {
            return closed;
        }
        synchronized (sendLock) {
            lastSend = lastSend.handle((r, t) -> null)
                    .thenCompose(ignored -> ws.sendClose(WebSocket.NORMAL_CLOSURE, ""));
        }
        CompletableFuture.delayedExecutor(TIMEOUT.toSeconds(), TimeUnit.SECONDS).execute(() -> {
            if (!closed.isDone()) {
                LOG.debug("no close reply from the signaling server; dropping the connection");
                ws.abort();
                deliver(new SignalingEvent.Closed(1006, "no close reply"));
            }
        });
        return closed;
    }

    private void deliver(SignalingEvent event) {
        if (event instanceof SignalingEvent.Closed c) {
            if (!closed.complete(c)) {
                return;
            }
            CompletableFuture<SignalingEvent.Joined> join = pendingJoin;
            if (join != null) {
                join.completeExceptionally(new SignalingException(null,
                        "connection closed before joining: " + c.statusCode() + " " + c.reason(), null));
            }
        }
        track(event);
        if (listener != null) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("signaling event listener threw; event {} dropped by it", event.getClass().getSimpleName(), e);
            }
        } else {
            queue.add(event);
        }
    }

    private void track(SignalingEvent event) {
        CompletableFuture<SignalingEvent.Joined> join = pendingJoin;
        switch (event) {
            case SignalingEvent.Joined j -> {
                id = j.id();
                room = j.room();
                if (join != null) {
                    pendingJoin = null;
                    join.complete(j);
                }
            }
            case SignalingEvent.Left l -> room = null;
            case SignalingEvent.Error e when join != null && "join".equals(e.request()) -> {
                pendingJoin = null;
                join.completeExceptionally(new SignalingException(e.code(), e.message(), null));
            }
            default -> {
            }
        }
    }

    /** The JDK WebSocket listener: reassembles text, parses, delivers in order. */
    private final class Receiver implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            receivingThread = Thread.currentThread();
            if (partial.length() + data.length() > MAX_INCOMING_CHARS) {
                partial.setLength(0);
                deliver(new SignalingEvent.Error(ErrorCode.MESSAGE_TOO_LARGE,
                        "the server sent a message over " + MAX_INCOMING_CHARS + " characters; closing", null));
                webSocket.abort();
                deliver(new SignalingEvent.Closed(1009, "message too large"));
                return null;
            }
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                deliver(ServerMessageParser.parse(text));
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, java.nio.ByteBuffer data, boolean last) {
            if (last) {
                deliver(new SignalingEvent.Error(ErrorCode.BINARY_NOT_SUPPORTED,
                        "the server sent a binary message; ignored", null));
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            deliver(new SignalingEvent.Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            LOG.debug("signaling connection failed", error);
            deliver(new SignalingEvent.Closed(1006, String.valueOf(error.getMessage())));
        }
    }
}
