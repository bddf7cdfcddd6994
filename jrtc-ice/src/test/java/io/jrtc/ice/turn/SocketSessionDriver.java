package io.jrtc.ice.turn;

import io.jrtc.ice.IceCandidate;
import io.jrtc.ice.IceConnectionState;
import io.jrtc.ice.IceEvent;
import io.jrtc.ice.session.IceSession;
import io.jrtc.ice.session.IceSessionConfig;
import io.jrtc.ice.session.SessionTransmit;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A minimal runtime for {@link IceSession} over real sockets on 127.0.0.1 with
 * {@link System#nanoTime()}: one UDP socket as the host base, TCP connections when the session asks
 * for them. What jrtc-webrtc's runtime will do, reduced to what the coturn tests need.
 */
final class SocketSessionDriver implements AutoCloseable {
    final IceSession session;
    final List<IceEvent> events = new ArrayList<>();
    final List<IceEvent.CandidateError> errors = new ArrayList<>();
    final List<byte[]> received = new ArrayList<>();
    final List<IceCandidate> signaled = new ArrayList<>();
    Consumer<IceCandidate> signal;
    private final Selector selector;
    private final DatagramChannel udp;
    private final Map<Integer, SocketChannel> streams = new HashMap<>();
    private final ByteBuffer buf = ByteBuffer.allocate(65536);

    private record Stream(SocketSessionDriver driver, int id) {}

    SocketSessionDriver(IceSessionConfig config, Selector selector) throws IOException {
        this.session = new IceSession(config);
        this.selector = selector;
        this.udp = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        udp.configureBlocking(false).register(selector, SelectionKey.OP_READ, this);
        session.addHostAddress((InetSocketAddress) udp.getLocalAddress());
    }

    static long now() {
        return System.nanoTime();
    }

    /** Sends what the session queued and hands its events out. */
    void flush() throws IOException {
        for (SessionTransmit t = session.pollTransmit(); t != null; t = session.pollTransmit()) {
            switch (t) {
                case SessionTransmit.Udp u -> udp.send(ByteBuffer.wrap(u.payload()), u.remote());
                case SessionTransmit.OpenStream o -> {
                    SocketChannel ch = SocketChannel.open();
                    ch.configureBlocking(false);
                    ch.connect(o.server());
                    ch.register(selector, SelectionKey.OP_CONNECT, new Stream(this, o.stream()));
                    streams.put(o.stream(), ch);
                }
                case SessionTransmit.StreamData d -> {
                    SocketChannel ch = streams.get(d.stream());
                    ByteBuffer out = ByteBuffer.wrap(d.bytes());
                    while (ch != null && out.hasRemaining()) {
                        ch.write(out);
                    }
                }
                case SessionTransmit.CloseStream c -> {
                    SocketChannel ch = streams.remove(c.stream());
                    if (ch != null) {
                        ch.close();
                    }
                }
                case SessionTransmit.Mdns m -> { } // no mDNS on loopback in these tests
            }
        }
        for (IceEvent e = session.pollEvent(); e != null; e = session.pollEvent()) {
            events.add(e);
            switch (e) {
                case IceEvent.LocalCandidate c -> {
                    signaled.add(c.candidate());
                    if (signal != null) {
                        signal.accept(c.candidate());
                    }
                }
                case IceEvent.CandidateError err -> errors.add(err);
                case IceEvent.DataReceived d -> received.add(d.datagram().payload());
                default -> { }
            }
        }
    }

    boolean connected() {
        IceConnectionState s = session.connectionState();
        return session.selectedPair().isPresent()
                && (s == IceConnectionState.CONNECTED || s == IceConnectionState.COMPLETED);
    }

    /**
     * Runs the drivers sharing {@code selector} until {@code done} holds; fails after {@code guard}
     * (a guard against hangs, not a measurement).
     */
    static void run(Selector selector, List<SocketSessionDriver> drivers, BooleanSupplier done, Duration guard)
            throws IOException {
        long deadline = now() + guard.toNanos();
        while (true) {
            for (SocketSessionDriver d : drivers) {
                d.flush();
            }
            if (done.getAsBoolean()) {
                return;
            }
            if (now() - deadline > 0) {
                StringBuilder sb = new StringBuilder("not done within " + guard);
                for (SocketSessionDriver d : drivers) {
                    sb.append("\n").append(d.session).append(" ").append(d.session.stats()).append(" errors=")
                            .append(d.errors);
                }
                throw new AssertionError(sb.toString());
            }
            long wake = deadline;
            for (SocketSessionDriver d : drivers) {
                wake = Math.min(wake, d.session.pollTimeout());
            }
            long waitMs = Math.max(1, Math.min(200, (wake - now()) / 1_000_000L));
            if (selector.select(waitMs) > 0) {
                for (SelectionKey k : selector.selectedKeys()) {
                    if (k.attachment() instanceof SocketSessionDriver d) {
                        d.readUdp();
                    } else if (k.attachment() instanceof Stream s) {
                        s.driver.onStream(k, s.id);
                    }
                }
                selector.selectedKeys().clear();
            }
            for (SocketSessionDriver d : drivers) {
                if (d.session.pollTimeout() - now() <= 0) {
                    d.session.handleTimeout(now());
                }
            }
        }
    }

    private void readUdp() throws IOException {
        while (true) {
            buf.clear();
            InetSocketAddress from = (InetSocketAddress) udp.receive(buf);
            if (from == null) {
                return;
            }
            byte[] b = new byte[buf.position()];
            buf.flip().get(b);
            session.handleUdpInput(now(), (InetSocketAddress) udp.getLocalAddress(), from, b);
        }
    }

    private void onStream(SelectionKey k, int id) throws IOException {
        SocketChannel ch = (SocketChannel) k.channel();
        if (!k.isValid()) {
            return;
        }
        if (k.isConnectable()) {
            try {
                ch.finishConnect();
            } catch (IOException e) {
                streams.remove(id);
                ch.close();
                session.handleStreamClosed(now(), id, e.getMessage());
                return;
            }
            k.interestOps(SelectionKey.OP_READ);
            session.handleStreamConnected(now(), id);
            return;
        }
        for (int n = ch.read(buf.clear()); n != 0; n = ch.read(buf.clear())) {
            if (n < 0) {
                streams.remove(id);
                ch.close();
                session.handleStreamClosed(now(), id, "EOF");
                return;
            }
            session.handleStreamInput(now(), id, buf.array(), 0, n);
        }
    }

    @Override
    public void close() throws IOException {
        udp.close();
        for (SocketChannel ch : streams.values()) {
            ch.close();
        }
    }
}
