package io.jrtc.ice.turn;

import io.jrtc.stun.DatagramKind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Pumps a sans-IO {@link TurnClient} over a real socket with {@link System#nanoTime()}: the only
 * place in these tests where real time and sockets meet the client.
 */
final class BlockingTurnDriver implements AutoCloseable {
    final List<TurnEvent> events = new ArrayList<>();
    TurnClient client;
    int transmissions;
    int channelDataIn;
    private final ByteChannel channel;
    private final Selector selector;
    private final boolean datagram;
    private final ByteBuffer buf = ByteBuffer.allocate(65536);

    private BlockingTurnDriver(TurnClient client, ByteChannel channel) throws IOException {
        this.client = client;
        this.channel = channel;
        this.datagram = channel instanceof DatagramChannel;
        this.selector = Selector.open();
        ((SelectableChannel) channel).configureBlocking(false).register(selector, SelectionKey.OP_READ);
    }

    /** A driver with a UDP or TCP socket connected to the config's server. */
    static BlockingTurnDriver open(TurnClientConfig config) throws IOException {
        ByteChannel ch = config.transport() == TurnTransport.UDP
                ? DatagramChannel.open().connect(config.server())
                : SocketChannel.open(config.server());
        return new BlockingTurnDriver(new TurnClient(config), ch);
    }

    static long now() {
        return System.nanoTime();
    }

    /** Sends whatever the client has queued. */
    void flush() throws IOException {
        for (byte[] b = client.pollTransmit(); b != null; b = client.pollTransmit()) {
            ByteBuffer out = ByteBuffer.wrap(b);
            while (out.hasRemaining()) {
                channel.write(out);
            }
            transmissions++;
        }
    }

    /**
     * Runs the client until an event of this type arrives (returned), failing on a
     * {@link TurnEvent.Failed} that is not awaited, or after {@code max} as a guard against hangs.
     */
    <T extends TurnEvent> T await(Class<T> type, Duration max) throws IOException {
        long deadline = now() + max.toNanos();
        int seen = 0;
        while (true) {
            for (; seen < events.size(); seen++) {
                TurnEvent e = events.get(seen);
                if (type.isInstance(e)) {
                    events.remove(seen);
                    return type.cast(e);
                }
                if (e instanceof TurnEvent.Failed f) {
                    throw new AssertionError("awaiting " + type.getSimpleName() + " but the client failed: " + f);
                }
            }
            if (now() - deadline > 0) {
                throw new AssertionError("no " + type.getSimpleName() + " within " + max + "; events: " + events);
            }
            pumpOnce(deadline);
        }
    }

    private void pumpOnce(long deadline) throws IOException {
        flush();
        long wake = Math.min(client.pollTimeout(), deadline);
        long waitMs = Math.max(1, (wake - now()) / 1_000_000L);
        if (selector.select(Math.min(waitMs, 1000)) > 0) {
            selector.selectedKeys().clear();
            read();
        }
        if (client.pollTimeout() - now() <= 0) {
            client.handleTimeout(now());
        }
        for (TurnEvent e = client.pollEvent(); e != null; e = client.pollEvent()) {
            events.add(e);
        }
        flush();
    }

    private void read() throws IOException {
        while (true) {
            buf.clear();
            int n = channel.read(buf);
            if (n < 0) {
                client.connectionLost(now(), "EOF");
                return;
            }
            if (n == 0) {
                return;
            }
            if (datagram && DatagramKind.classify(buf.array(), 0, n) == DatagramKind.CHANNEL_DATA) {
                channelDataIn++;
            }
            client.handleInput(now(), buf.array(), 0, n);
        }
    }

    @Override
    public void close() throws IOException {
        selector.close();
        channel.close();
    }
}
