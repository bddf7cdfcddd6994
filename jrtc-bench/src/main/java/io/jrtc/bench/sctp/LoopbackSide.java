package io.jrtc.bench.sctp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One endpoint of the loopback benchmark on its own platform thread: it polls a non-blocking, connected
 * UDP socket, feeds the wire and the SCTP endpoint, and sends what they produce. Parks briefly when idle.
 */
final class LoopbackSide implements Runnable {
    private final LoopbackWire wire;
    private final LoopbackEndpoint endpoint;
    private final DatagramChannel socket;
    private final AtomicBoolean stop;
    /** {@link LoopbackEndpoint#received()} published for the measuring thread. */
    final AtomicLong received = new AtomicLong();
    private final AtomicBoolean ready = new AtomicBoolean();
    private volatile Throwable failure;
    /** Loop turns, and datagrams sent and received, for the statistics line. */
    private volatile long turns;
    private volatile long sent;
    private volatile long receivedDatagrams;

    LoopbackSide(LoopbackWire wire, LoopbackEndpoint endpoint, DatagramChannel socket, AtomicBoolean stop) {
        this.wire = wire;
        this.endpoint = endpoint;
        this.socket = socket;
        this.stop = stop;
    }

    boolean ready() {
        return ready.get();
    }

    Throwable failure() {
        return failure;
    }

    String stats() {
        return String.format("%d turns, %d datagrams sent, %d received; %s", turns, sent, receivedDatagrams,
                endpoint.stats());
    }

    @Override
    public void run() {
        try {
            loop();
        } catch (Throwable t) {
            failure = t;
        }
    }

    private void loop() throws IOException {
        ByteBuffer in = ByteBuffer.allocate(2048);
        long t = 0;
        long rx = 0;
        while (!stop.get()) {
            t++;
            boolean busy = false;
            for (int i = 0; i < 64; i++) {
                in.clear();
                if (socket.receive(in) == null) {
                    break;
                }
                rx++;
                byte[] d = new byte[in.position()];
                in.flip().get(d);
                long now = System.nanoTime();
                wire.input(now, d, p -> endpoint.input(now, p));
                busy = true;
            }
            long now = System.nanoTime();
            byte[] own;
            while ((own = wire.pollOwn(now)) != null) {
                send(own);
                busy = true;
            }
            if (wire.ready()) {
                ready.lazySet(true);
                endpoint.service(now);
                byte[] out;
                while ((out = endpoint.poll(System.nanoTime())) != null) {
                    byte[] d = wire.wrap(out);
                    if (d != null) {
                        send(d);
                    }
                    busy = true;
                }
                received.lazySet(endpoint.received());
            }
            turns = t;
            receivedDatagrams = rx;
            if (!busy) {
                LockSupport.parkNanos(20_000);
            }
        }
    }

    private void send(byte[] d) {
        try {
            socket.write(ByteBuffer.wrap(d));
            sent++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
