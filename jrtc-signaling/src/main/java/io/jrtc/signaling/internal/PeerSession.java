package io.jrtc.signaling.internal;

import io.jrtc.signaling.ErrorCode;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection to the signaling server. Jetty calls it one message at a time; every
 * message ends in a relay, a reply, or an error reply, and nothing it receives throws out.
 */
public final class PeerSession implements Session.Listener.AutoDemanding, Member {
    private static final Logger LOG = LoggerFactory.getLogger(PeerSession.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Counters shared by all sessions of one server. */
    public static final class Counters {
        public final AtomicLong received = new AtomicLong();
        public final AtomicLong errors = new AtomicLong();
        public final AtomicLong sendFailures = new AtomicLong();
    }

    private final RoomRegistry registry;
    private final int maxMessageBytes;
    private final String pathRoom;
    private final Counters counters;
    private final Set<PeerSession> open;
    private final String id;
    private volatile Session session;

    /**
     * @param pathRoom the room named in the URL path, joined on open, or {@code null}
     * @param open the server's set of open sessions, which this one is in while it is open
     */
    public PeerSession(RoomRegistry registry, int maxMessageBytes, String pathRoom, Counters counters,
            Set<PeerSession> open) {
        this.registry = registry;
        this.maxMessageBytes = maxMessageBytes;
        this.pathRoom = pathRoom;
        this.counters = counters;
        this.open = open;
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        this.id = HexFormat.of().formatHex(bytes);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void onWebSocketOpen(Session s) {
        this.session = s;
        open.add(this);
        LOG.debug("peer {} connected", id);
        if (pathRoom != null) {
            handle(() -> {
                if (!RoomNames.isValid(pathRoom)) {
                    throw new ProtocolException(ErrorCode.BAD_ROOM, MessageParser.badRoom(pathRoom), "join");
                }
                registry.join(this, pathRoom);
            });
        }
    }

    @Override
    public void onWebSocketText(String text) {
        counters.received.incrementAndGet();
        handle(() -> {
            long size = Utf8.length(text);
            if (size > maxMessageBytes) {
                throw new ProtocolException(ErrorCode.MESSAGE_TOO_LARGE,
                        "message of " + size + " bytes exceeds the limit of " + maxMessageBytes + " bytes", null);
            }
            dispatch(MessageParser.parse(text));
        });
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        counters.received.incrementAndGet();
        callback.succeed();
        sendError(new ProtocolException(ErrorCode.BINARY_NOT_SUPPORTED,
                "binary messages are not supported; send JSON text", null));
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason, Callback callback) {
        LOG.debug("peer {} disconnected: {} {}", id, statusCode, reason);
        try {
            registry.disconnected(this);
            open.remove(this);
        } finally {
            callback.succeed();
        }
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOG.debug("peer {} connection error", id, cause);
    }

    @Override
    public void send(String text) {
        Session s = session;
        if (s == null || !s.isOpen()) {
            counters.sendFailures.incrementAndGet();
            return;
        }
        s.sendText(text, Callback.from(() -> { }, failure -> {
            counters.sendFailures.incrementAndGet();
            LOG.debug("send to peer {} failed", id, failure);
        }));
    }

    /** Closes the connection with a status code (1001 on shutdown). */
    public void close(int statusCode, String reason) {
        Session s = session;
        if (s != null) {
            s.close(statusCode, reason, Callback.NOOP);
        }
    }

    private void dispatch(ClientMessage message) throws ProtocolException {
        switch (message) {
            case ClientMessage.Join j -> registry.join(this, j.room());
            case ClientMessage.Leave l -> registry.leave(this);
            case ClientMessage.Signal s -> registry.signal(this, s.to(), s.data());
            case ClientMessage.Ping p -> send(ServerMessages.pong());
        }
    }

    private interface Action {
        void run() throws ProtocolException;
    }

    private void handle(Action action) {
        try {
            action.run();
        } catch (ProtocolException e) {
            sendError(e);
        } catch (RuntimeException e) {
            // An unexpected exception is a bug: tell the client, keep serving.
            LOG.warn("bug: peer {} message handling failed", id, e);
            sendError(new ProtocolException(ErrorCode.INTERNAL_ERROR, "internal error; message dropped", null));
        }
    }

    private void sendError(ProtocolException e) {
        counters.errors.incrementAndGet();
        LOG.debug("peer {}: {} {}", id, e.code(), e.getMessage());
        send(ServerMessages.error(e.code(), e.getMessage(), e.request()));
    }
}
