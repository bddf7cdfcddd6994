package io.jrtc.webrtc.internal.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TCP connections of one connection's ICE session to its TURN servers (RFC 8656 §3.1 over TCP;
 * for {@code turns:} the session runs TLS and these carry its records). Each open stream has one
 * reader, a virtual thread that connects, then hands what it reads to the connection's serial
 * context. Writes come from the serial context and block only while the kernel buffer is full.
 */
final class TurnStreams {
    private static final Logger LOG = LoggerFactory.getLogger(TurnStreams.class);
    private static final int READ_BUFFER = 16 * 1024;

    /** Where a stream's outcome goes: the connection, onto its serial context. */
    interface Sink {
        void connected(int stream);

        void input(int stream, byte[] bytes);

        void closed(int stream, String reason);
    }

    private final Sink sink;
    private final Map<Integer, SocketChannel> open = new ConcurrentHashMap<>();
    private volatile boolean closed;

    TurnStreams(Sink sink) {
        this.sink = sink;
    }

    /** Connects to {@code server} on a reader thread; the outcome comes back through the sink. */
    void open(int stream, InetSocketAddress server) {
        if (closed) {
            sink.closed(stream, "the connection is closed");
            return;
        }
        SocketChannel ch;
        try {
            ch = SocketChannel.open();
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
        } catch (IOException e) {
            sink.closed(stream, "cannot open a TCP socket: " + e.getMessage());
            return;
        }
        open.put(stream, ch);
        Thread.ofVirtual().name("jrtc-turn-tcp-" + stream).start(() -> read(stream, server, ch));
    }

    private void read(int stream, InetSocketAddress server, SocketChannel ch) {
        try {
            ch.connect(server);
        } catch (IOException e) {
            ended(stream, ch, "TCP connect failed: " + e.getMessage());
            return;
        }
        if (open.get(stream) != ch) {
            close(ch);
            return;
        }
        sink.connected(stream);
        ByteBuffer buf = ByteBuffer.allocate(READ_BUFFER);
        while (true) {
            int n;
            try {
                n = ch.read(buf.clear());
            } catch (IOException e) {
                ended(stream, ch, "TCP read failed: " + e.getMessage());
                return;
            }
            if (n < 0) {
                ended(stream, ch, "the TURN server closed the TCP connection");
                return;
            }
            if (n > 0) {
                byte[] bytes = new byte[n];
                buf.flip().get(bytes);
                sink.input(stream, bytes);
            }
        }
    }

    // Only a stream the session did not close itself is reported: a requested close is no news.
    private void ended(int stream, SocketChannel ch, String reason) {
        close(ch);
        if (open.remove(stream, ch)) {
            LOG.debug("TURN stream {} ended: {}", stream, reason);
            sink.closed(stream, reason);
        }
    }

    /** Writes on an open stream; a failure closes it and is reported as closed. */
    void write(int stream, byte[] bytes) {
        SocketChannel ch = open.get(stream);
        if (ch == null || !ch.isConnected()) {
            LOG.trace("no open TURN stream {}: {} bytes dropped", stream, bytes.length);
            return;
        }
        ByteBuffer out = ByteBuffer.wrap(bytes);
        try {
            while (out.hasRemaining()) {
                ch.write(out);
            }
        } catch (IOException e) {
            ended(stream, ch, "TCP write failed: " + e.getMessage());
        }
    }

    /** Closes a stream at the session's request. */
    void close(int stream) {
        SocketChannel ch = open.remove(stream);
        if (ch != null) {
            close(ch);
        }
    }

    /** Closes every stream (the connection is released). */
    void closeAll() {
        closed = true;
        open.values().forEach(TurnStreams::close);
        open.clear();
    }

    int size() {
        return open.size();
    }

    private static void close(SocketChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            LOG.trace("closing a TURN stream: {}", e.toString());
        }
    }
}
