package io.jrtc.bench.sctp;

import io.jrtc.sctp.SctpAssociation;
import io.jrtc.sctp.SctpConfig;
import io.jrtc.sctp.SctpEvent;
import io.jrtc.sctp.SctpState;
import io.jrtc.sctp.SendOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Real goodput of one reliable ordered SCTP stream (64 KiB messages, 1200-byte packets) between
 * two associations in one JVM over real UDP sockets on 127.0.0.1 (no DTLS yet), next to a raw
 * UDP blast of 1200-byte datagrams measured in the same run: the physical limit of the machine.
 * Each side is driven by one thread polling its non-blocking socket. Prints figures, asserts nothing.
 * Run: {@code java -cp jrtc-bench/target/benchmarks.jar io.jrtc.bench.sctp.SctpLoopbackGoodput [seconds]}.
 */
public final class SctpLoopbackGoodput {
    private SctpLoopbackGoodput() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        double raw = rawBlast(seconds);
        double sctp = sctp(seconds);
        System.out.printf("raw UDP blast, 1200-byte datagrams:   %8.1f Mbit/s received%n", raw);
        System.out.printf("SCTP, one stream, 64 KiB messages:   %8.1f Mbit/s goodput (%.0f%% of raw)%n", sctp, 100 * sctp / raw);
    }

    private static DatagramChannel open() throws IOException {
        DatagramChannel ch = DatagramChannel.open();
        ch.setOption(StandardSocketOptions.SO_RCVBUF, 8 << 20);
        ch.setOption(StandardSocketOptions.SO_SNDBUF, 8 << 20);
        ch.bind(new InetSocketAddress("127.0.0.1", 0));
        ch.configureBlocking(false);
        return ch;
    }

    private static double rawBlast(int seconds) throws Exception {
        try (DatagramChannel tx = open(); DatagramChannel rx = open()) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong bytes = new AtomicLong();
            Thread reader = Thread.ofPlatform().start(() -> {
                ByteBuffer b = ByteBuffer.allocate(2048);
                while (!stop.get()) {
                    b.clear();
                    try {
                        if (rx.receive(b) != null) {
                            bytes.addAndGet(b.position());
                        } else {
                            Thread.onSpinWait();
                        }
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            ByteBuffer d = ByteBuffer.allocate(1200);
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            long start = System.nanoTime();
            long startBytes = 0;
            while (System.nanoTime() < end) {
                d.clear();
                tx.send(d, rx.getLocalAddress());
            }
            double s = (System.nanoTime() - start) / 1e9;
            stop.set(true);
            reader.join();
            return (bytes.get() - startBytes) * 8 / s / 1e6;
        }
    }

    /** One association on one socket, driven by its own thread. */
    private static final class Side implements Runnable {
        final SctpAssociation assoc;
        final DatagramChannel socket;
        InetSocketAddress peer;
        final boolean sender;
        final AtomicBoolean stop;
        final AtomicLong received = new AtomicLong();
        private final byte[] message = new byte[64 * 1024];

        Side(SctpAssociation assoc, DatagramChannel socket, boolean sender, AtomicBoolean stop) {
            this.assoc = assoc;
            this.socket = socket;
            this.sender = sender;
            this.stop = stop;
        }

        @Override
        public void run() {
            ByteBuffer in = ByteBuffer.allocate(2048);
            try {
                while (!stop.get()) {
                    boolean busy = false;
                    for (int i = 0; i < 64; i++) {
                        in.clear();
                        if (socket.receive(in) == null) {
                            break;
                        }
                        byte[] p = new byte[in.position()];
                        in.flip().get(p);
                        assoc.handleInput(System.nanoTime(), p);
                        busy = true;
                    }
                    long now = System.nanoTime();
                    if (assoc.pollTimeout() <= now) {
                        assoc.handleTimeout(now);
                    }
                    SctpEvent e;
                    while ((e = assoc.pollEvent()) != null) {
                        if (e instanceof SctpEvent.MessageReceived m) {
                            received.addAndGet(m.data().length);
                        }
                    }
                    if (sender && assoc.state() == SctpState.ESTABLISHED) {
                        while (assoc.bufferedAmount() < (4 << 20)) {
                            assoc.send(now, 1, 53, message, SendOptions.RELIABLE);
                        }
                    }
                    byte[] out;
                    while ((out = assoc.pollTransmit(System.nanoTime())) != null) {
                        socket.send(ByteBuffer.wrap(out), peer);
                        busy = true;
                    }
                    if (!busy) {
                        LockSupport.parkNanos(20_000);
                    }
                }
            } catch (IOException ex) {
                throw new RuntimeException(ex);
            }
        }
    }

    private static double sctp(int seconds) throws Exception {
        try (DatagramChannel sa = open(); DatagramChannel sb = open()) {
            AtomicBoolean stop = new AtomicBoolean();
            SctpConfig cfg = SctpConfig.builder().receiveWindow(64L << 20).minRto(java.time.Duration.ofMillis(50)).build();
            Side a = new Side(new SctpAssociation(cfg), sa, true, stop);
            Side b = new Side(new SctpAssociation(cfg.toBuilder().build()), sb, false, stop);
            a.peer = (InetSocketAddress) sb.getLocalAddress();
            b.peer = (InetSocketAddress) sa.getLocalAddress();
            long t0 = System.nanoTime();
            a.assoc.connect(t0);
            b.assoc.connect(t0);
            Thread ta = Thread.ofPlatform().start(a);
            Thread tb = Thread.ofPlatform().start(b);
            Thread.sleep(1000); // warm-up: handshake, slow start, JIT
            long startBytes = b.received.get();
            long start = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            long bytes = b.received.get() - startBytes;
            double s = (System.nanoTime() - start) / 1e9;
            stop.set(true);
            ta.join();
            tb.join();
            System.out.println("sender stats: " + a.assoc.stats());
            return bytes * 8 / s / 1e6;
        }
    }
}
