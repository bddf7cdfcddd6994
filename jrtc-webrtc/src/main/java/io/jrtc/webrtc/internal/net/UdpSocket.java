package io.jrtc.webrtc.internal.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bound UDP socket, read by a {@link SocketReader} that hands every datagram to a sink.
 * Sending is thread-safe. Closing stops the reading.
 */
final class UdpSocket implements DatagramPort {
    private static final Logger LOG = LoggerFactory.getLogger(UdpSocket.class);
    private static final int RECEIVE_BUFFER = 1 << 21;
    /**
     * The largest datagram taken: every reader holds a buffer this size for as long as its socket
     * is open, so it is sized for the largest DTLS record (2^14 plaintext + 2048 expansion + 13
     * header, RFC 6347 §4.1), which is what SCTP with Path MTU discovery may send on paths that carry
     * it, rather than UDP's 64 KB. A larger datagram is dropped and counted.
     */
    static final int MAX_DATAGRAM = 16_384 + 2_048 + 13;
    /**
     * The channel is non-blocking (a selector reads it), so a send finding the socket's buffer full
     * returns at once with nothing sent: it is retried this many times, this long apart, before the
     * datagram is dropped and counted, which blocks the sender about as long as a blocking send would
     * in the rare case the 2 MB send buffer is full, without blocking it for ever.
     */
    private static final int SEND_RETRIES = 100;
    private static final long SEND_RETRY_NANOS = 50_000;

    private final DatagramChannel channel;
    private final SocketReader reader;
    private final InetSocketAddress local;
    private final AtomicLong sendErrors = new AtomicLong();
    private final AtomicLong sinkFailures = new AtomicLong();
    private final AtomicLong oversized = new AtomicLong();
    private final AtomicLong tooLarge = new AtomicLong();
    private final AtomicLong bufferFull = new AtomicLong();
    private volatile boolean closed;
    private DatagramSink sink;

    private UdpSocket(DatagramChannel channel, SocketReader reader) throws IOException {
        this.channel = channel;
        this.reader = reader;
        this.local = (InetSocketAddress) channel.getLocalAddress();
    }

    /** Binds {@code address} (port 0: any port); {@code reader} reads it once {@link #start}ed. */
    static UdpSocket bind(InetSocketAddress address, SocketReader reader) throws IOException {
        DatagramChannel ch = DatagramChannel.open(address.getAddress() instanceof java.net.Inet6Address
                ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
        try {
            ch.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER);
            ch.setOption(StandardSocketOptions.SO_SNDBUF, RECEIVE_BUFFER);
            ch.bind(address);
            ch.configureBlocking(false);
            return new UdpSocket(ch, java.util.Objects.requireNonNull(reader, "reader"));
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    @Override
    public InetSocketAddress local() {
        return local;
    }

    /**
     * Sets the IP don't-fragment bit on what this socket sends (Linux: IP_PMTUDISC_DO), so that a
     * datagram larger than the path MTU is dropped rather than fragmented, as Path MTU discovery
     * needs (RFC 8899 §3). Does nothing where the JDK or OS does not support it.
     */
    @Override
    public void dontFragment() {
        try {
            if (channel.supportedOptions().contains(jdk.net.ExtendedSocketOptions.IP_DONTFRAGMENT)) {
                channel.setOption(jdk.net.ExtendedSocketOptions.IP_DONTFRAGMENT, true);
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("could not set don't-fragment on {}: {}", local, e.toString());
        }
    }

    /** Whether the don't-fragment bit is set on this socket (false where it cannot be). */
    boolean dontFragmentSet() {
        try {
            return channel.supportedOptions().contains(jdk.net.ExtendedSocketOptions.IP_DONTFRAGMENT)
                    && channel.getOption(jdk.net.ExtendedSocketOptions.IP_DONTFRAGMENT);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Starts reading; every datagram goes to {@code sink} on the reader's thread. */
    @Override
    public synchronized void start(DatagramSink sink) {
        if (this.sink != null) {
            throw new IllegalStateException("already reading");
        }
        this.sink = java.util.Objects.requireNonNull(sink, "sink");
        reader.add(this);
    }

    /** On the reader's thread: joins its selector (nothing if closed meanwhile). */
    void register(Selector selector) {
        try {
            channel.register(selector, SelectionKey.OP_READ, this);
        } catch (ClosedChannelException e) {
            LOG.trace("{} closed before it was read", local);
        }
    }

    /**
     * On the reader's thread, when the selector found datagrams waiting: takes up to {@code limit}
     * of them (the selector comes back for the rest), each through {@code buf} into its own array.
     */
    void readReady(ByteBuffer buf, int limit) {
        DatagramSink s = sink;
        for (int i = 0; i < limit && !closed; i++) {
            try {
                buf.clear();
                InetSocketAddress from = (InetSocketAddress) channel.receive(buf);
                if (from == null) {
                    return; // drained
                }
                buf.flip();
                if (buf.limit() > MAX_DATAGRAM) {
                    oversized.incrementAndGet();
                    LOG.debug("dropped a datagram over {} bytes on {}", MAX_DATAGRAM, local);
                    continue;
                }
                byte[] payload = new byte[buf.limit()];
                buf.get(payload);
                s.onDatagram(this, from, payload);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.trace("receive on {} failed: {}", local, e.toString()); // e.g. ICMP unreachable on Linux
                return; // the selector comes back if more is waiting
            } catch (RuntimeException e) {
                sinkFailures.incrementAndGet();
                LOG.debug("a datagram sink failed; the datagram is dropped", e); // per packet: never above debug
            }
        }
    }

    /**
     * Sends one datagram; an I/O error is counted and logged at trace (UDP is best effort). With
     * don't-fragment set, a datagram larger than the interface's MTU fails with EMSGSIZE instead
     * of leaving in fragments (e.g. an application's RTP packet over the MTU): it is dropped and
     * counted in {@link #tooLarge()}, and the first one is logged at debug.
     */
    @Override
    public void send(InetSocketAddress remote, byte[] payload) {
        try {
            ByteBuffer b = ByteBuffer.wrap(payload);
            for (int tries = 0; channel.send(b, remote) == 0; tries++) {
                if (tries == SEND_RETRIES || closed) {
                    sendErrors.incrementAndGet();
                    if (bufferFull.getAndIncrement() == 0) {
                        LOG.debug("the send buffer of {} stayed full; a datagram was dropped", local);
                    }
                    return;
                }
                java.util.concurrent.locks.LockSupport.parkNanos(SEND_RETRY_NANOS);
            }
        } catch (IOException e) {
            sendErrors.incrementAndGet();
            if (isMessageTooLong(e) && tooLarge.getAndIncrement() == 0) {
                LOG.debug("a {}-byte datagram from {} is larger than the path allows and was dropped: {}",
                        payload.length, local, e.toString());
            } else {
                LOG.trace("send from {} to {} failed: {}", local, remote, e.toString());
            }
        }
    }

    /** EMSGSIZE: the JDK reports it as an IOException with the OS's message. */
    private static boolean isMessageTooLong(IOException e) {
        String m = e.getMessage();
        return m != null && m.contains("too long");
    }

    /** Datagrams not sent because they were larger than the socket may send (EMSGSIZE). */
    long tooLarge() {
        return tooLarge.get();
    }

    /** Datagrams dropped for being larger than {@link #MAX_DATAGRAM}. */
    long oversized() {
        return oversized.get();
    }

    long sendErrors() {
        return sendErrors.get();
    }

    /** Datagrams dropped because the send buffer stayed full (also counted in {@link #sendErrors()}). */
    long bufferFull() {
        return bufferFull.get();
    }

    /** Datagrams dropped because handing them on failed. */
    long sinkFailures() {
        return sinkFailures.get();
    }

    @Override
    public void close() {
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("closing {}: {}", local, e.toString());
        }
        reader.closed(this);
    }
}
