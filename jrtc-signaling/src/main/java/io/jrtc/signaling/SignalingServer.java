package io.jrtc.signaling;

import io.jrtc.signaling.internal.PeerSession;
import io.jrtc.signaling.internal.RoomRegistry;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP server on Jetty with the WebSocket signaling endpoint (rooms; protocol in the package
 * documentation) at {@code /ws} and {@code /ws/{room}}, and any further HTTP routes given to the
 * {@link Builder#route builder} (WHIP, WHEP and the echo endpoint are added this way).
 *
 * <pre>{@code
 * try (SignalingServer server = SignalingServer.builder().port(8080).build().start()) {
 *     URI ws = server.websocketUri();   // ws://127.0.0.1:8080/ws
 *     ...
 * }
 * }</pre>
 *
 * It binds to 127.0.0.1 unless told otherwise. Port 0 (the default) takes any free port;
 * {@link #port()} reports it once started.
 */
public final class SignalingServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SignalingServer.class);
    /** A message above the configured maximum gets an error reply up to this many times the maximum... */
    private static final int HARD_LIMIT_FACTOR = 4;
    /** ...or up to this size, whichever is larger; beyond it Jetty closes the connection (1009). */
    private static final int HARD_LIMIT_FLOOR = 1 << 20;

    private final String host;
    private final int configuredPort;
    private final String websocketPath;
    private final int maxMessageBytes;
    private final RoomRegistry registry;
    private final PeerSession.Counters counters = new PeerSession.Counters();
    private final Set<PeerSession> sessions = ConcurrentHashMap.newKeySet();
    private final Server server;
    private final ServerConnector connector;
    private final Object lifecycle = new Object();
    private boolean started;
    private boolean closed;

    private SignalingServer(Builder b) {
        this.host = b.host;
        this.configuredPort = b.port;
        this.websocketPath = b.websocketPath;
        this.maxMessageBytes = b.maxMessageBytes;
        this.registry = new RoomRegistry(b.maxRoomMembers, b.maxRooms);
        QueuedThreadPool threads = new QueuedThreadPool(b.maxThreads, Math.min(4, b.maxThreads));
        threads.setName("jrtc-signaling");
        this.server = new Server(threads);
        this.connector = new ServerConnector(server);
        connector.setHost(b.host);
        connector.setPort(b.port);
        server.addConnector(connector);

        ContextHandler context = new ContextHandler("/");
        PathMappingsHandler routes = new PathMappingsHandler();
        for (Route r : b.routes) {
            routes.addMapping(PathSpec.from(r.pathSpec()), r.handler());
        }
        long hardLimit = Math.max((long) b.maxMessageBytes * HARD_LIMIT_FACTOR, HARD_LIMIT_FLOOR);
        String wsPath = b.websocketPath;
        WebSocketUpgradeHandler ws = WebSocketUpgradeHandler.from(server, context, container -> {
            container.setIdleTimeout(b.idleTimeout);
            container.setMaxTextMessageSize(hardLimit);
            container.setMaxBinaryMessageSize(hardLimit);
            container.setMaxFrameSize(hardLimit);
            container.setMaxOutgoingFrames(b.maxQueuedMessages);
            container.addMapping(wsPath + "/*", (req, resp, cb) -> newSession(roomFromPath(wsPath, req)));
        });
        ws.setHandler(routes);
        context.setHandler(ws);
        server.setHandler(context);
        server.setStopTimeout(2000);
    }

    /** A builder with the defaults: 127.0.0.1, any free port, path {@code /ws}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds and starts serving.
     *
     * @return this server
     * @throws IOException when the address cannot be bound
     * @throws IllegalStateException when already started or closed
     */
    public SignalingServer start() throws IOException {
        synchronized (lifecycle) {
            if (started || closed) {
                throw new IllegalStateException("a SignalingServer starts once; create a new one");
            }
            started = true;
            try {
                server.start();
            } catch (IOException e) {
                stopQuietly();
                throw e;
            } catch (Exception e) {
                stopQuietly();
                throw new IOException("cannot start the signaling server on " + host + ":" + configuredPort
                        + ": " + e.getMessage(), e);
            }
        }
        LOG.info("signaling server listening on port {}", port());
        LOG.debug("signaling server bound to {}:{}", host, port());
        return this;
    }

    /** The bound port (the chosen one when configured as 0); -1 before start. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The host the server is bound to. */
    public String host() {
        return host;
    }

    /** The signaling endpoint, e.g. {@code ws://127.0.0.1:8080/ws}; append {@code /room} to join by path. */
    public URI websocketUri() {
        return URI.create("ws://" + hostForUri() + ":" + port() + websocketPath);
    }

    /** The HTTP root, e.g. {@code http://127.0.0.1:8080/}. */
    public URI httpUri() {
        return URI.create("http://" + hostForUri() + ":" + port() + "/");
    }

    /** A snapshot of the counters. */
    public SignalingStats stats() {
        return new SignalingStats(sessions.size(), registry.roomCount(), registry.memberCount(),
                counters.received.get(), registry.relayed(), registry.unrelayed(), counters.errors.get(),
                counters.sendFailures.get());
    }

    /**
     * Closes every WebSocket connection with status 1001 (going away) and stops the server.
     * Idempotent.
     */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
        }
        for (PeerSession s : List.copyOf(sessions)) {
            s.close(1001, "server shutting down");
        }
        stopQuietly();
        LOG.info("signaling server stopped");
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("signaling server did not stop cleanly", e);
        }
    }

    private PeerSession newSession(String pathRoom) {
        return new PeerSession(registry, maxMessageBytes, pathRoom, counters, sessions);
    }

    /** The room in {@code /ws/{room}}, or {@code null} for {@code /ws} itself. */
    private static String roomFromPath(String wsPath, Request req) {
        String path = Request.getPathInContext(req);
        if (path == null || path.length() <= wsPath.length() + 1) {
            return null;
        }
        return path.substring(wsPath.length() + 1);
    }

    private String hostForUri() {
        return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    }

    private record Route(String pathSpec, Handler handler) {
    }

    /** Configuration of a {@link SignalingServer}; every setting has a sensible default. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String websocketPath = "/ws";
        private int maxRoomMembers = 16;
        private int maxRooms = 10_000;
        private int maxMessageBytes = 64 * 1024;
        private int maxQueuedMessages = 1024;
        private int maxThreads = 64;
        private Duration idleTimeout = Duration.ofMinutes(5);
        private final List<Route> routes = new ArrayList<>();

        private Builder() {
        }

        /** The address to bind (default {@code 127.0.0.1}; {@code 0.0.0.0} exposes it to the network). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The TCP port (default 0: any free port, reported by {@link SignalingServer#port()}). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /** The WebSocket endpoint's path (default {@code /ws}); {@code path/room} joins by URL. */
        public Builder websocketPath(String path) {
            Objects.requireNonNull(path, "path");
            if (!path.startsWith("/") || path.endsWith("/") || path.contains("*")) {
                throw new IllegalArgumentException("websocket path must look like /ws, not '" + path + "'");
            }
            this.websocketPath = path;
            return this;
        }

        /** The most members a room may have (default 16); one more gets {@code room-full}. */
        public Builder maxRoomMembers(int n) {
            this.maxRoomMembers = positive(n, "maxRoomMembers");
            return this;
        }

        /** The most rooms the server holds at once (default 10,000). */
        public Builder maxRooms(int n) {
            this.maxRooms = positive(n, "maxRooms");
            return this;
        }

        /**
         * The largest message accepted, in UTF-8 bytes (default 64 KiB, room for any browser SDP).
         * A larger one gets a {@code message-too-large} reply and the connection stays usable, up
         * to 4 times this or 1 MiB, whichever is larger; beyond that the connection is closed (1009).
         */
        public Builder maxMessageBytes(int n) {
            this.maxMessageBytes = positive(n, "maxMessageBytes");
            return this;
        }

        /** How many outgoing messages may queue for one slow connection before sends fail (default 1024). */
        public Builder maxQueuedMessages(int n) {
            this.maxQueuedMessages = positive(n, "maxQueuedMessages");
            return this;
        }

        /** The most server threads (default 64). */
        public Builder maxThreads(int n) {
            if (n < 8) {
                throw new IllegalArgumentException("maxThreads must be at least 8, not " + n);
            }
            this.maxThreads = n;
            return this;
        }

        /**
         * How long a connection may stay silent before it is closed (default 5 minutes); it then
         * leaves its room, and a room left empty is removed. Clients keep alive with {@code ping}.
         */
        public Builder idleTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("idleTimeout must be positive, not " + timeout);
            }
            this.idleTimeout = timeout;
            return this;
        }

        /**
         * Serves {@code handler} for requests matching {@code pathSpec} (Jetty path spec syntax:
         * {@code /whip/*}, {@code *.html}, {@code ^regex$}, {@code /offer}). WebSocket upgrades
         * to the signaling path are handled before routes; other requests go to the first match,
         * and unmatched ones get 404.
         */
        public Builder route(String pathSpec, Handler handler) {
            routes.add(new Route(Objects.requireNonNull(pathSpec, "pathSpec"), Objects.requireNonNull(handler, "handler")));
            return this;
        }

        /** A server with this configuration, not yet started. */
        public SignalingServer build() {
            return new SignalingServer(this);
        }

        private static int positive(int n, String what) {
            if (n <= 0) {
                throw new IllegalArgumentException(what + " must be positive, not " + n);
            }
            return n;
        }
    }
}
