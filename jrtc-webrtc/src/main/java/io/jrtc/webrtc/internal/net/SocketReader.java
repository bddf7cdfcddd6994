package io.jrtc.webrtc.internal.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One platform thread that reads many UDP sockets through a {@link Selector} and hands each
 * datagram to its socket's sink (which queues it onto a serial context). It replaces a virtual
 * reader thread per socket: a datagram then wakes one parked thread here rather than the JDK's
 * poller, a carrier thread and the virtual thread in turn, which on loopback more than doubled
 * the time from send to the serial context; and one receive buffer serves every socket instead
 * of one per socket.
 *
 * <p>Sockets take turns: at most {@link #PER_TURN} datagrams from one before the next, so a busy
 * socket cannot starve the others.
 */
final class SocketReader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SocketReader.class);
    /** Datagrams taken from one ready socket before the other ready sockets get theirs. */
    static final int PER_TURN = 32;

    private final Selector selector;
    private final Queue<UdpSocket> joining = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    /** Opens the selector and starts the reading thread (a daemon named {@code name}). */
    SocketReader(String name) throws IOException {
        this.selector = Selector.open();
        this.thread = Thread.ofPlatform().daemon().name(name).start(this::run);
    }

    /** Starts reading {@code socket} (from any thread); it registers on the reading thread. */
    void add(UdpSocket socket) {
        joining.add(socket);
        selector.wakeup();
    }

    /**
     * A socket was closed: the JDK releases a registered channel's descriptor (and its port) only
     * at the selector's next select, so make that happen now.
     */
    void closed(UdpSocket socket) {
        selector.wakeup();
    }

    private void run() {
        // Direct: the JDK receives into it as it is; one byte more than the limit tells a larger datagram.
        ByteBuffer buf = ByteBuffer.allocateDirect(UdpSocket.MAX_DATAGRAM + 1);
        while (!closed) {
            try {
                selector.select();
            } catch (ClosedSelectorException e) {
                return;
            } catch (IOException e) {
                LOG.debug("select failed: {}", e.toString());
                continue;
            }
            for (UdpSocket s = joining.poll(); s != null; s = joining.poll()) {
                s.register(selector);
            }
            Set<SelectionKey> ready = selector.selectedKeys();
            for (SelectionKey k : ready) {
                if (k.isValid()) {
                    ((UdpSocket) k.attachment()).readReady(buf, PER_TURN);
                }
            }
            ready.clear();
        }
    }

    /** Stops the thread; the sockets should be closed first. */
    @Override
    public void close() {
        closed = true;
        try {
            selector.close();
        } catch (IOException e) {
            LOG.debug("closing the selector: {}", e.toString());
        }
    }

    /** Whether the reading thread has ended (for tests). */
    boolean stopped() {
        return !thread.isAlive();
    }
}
