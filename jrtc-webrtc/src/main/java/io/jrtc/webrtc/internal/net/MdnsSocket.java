package io.jrtc.webrtc.internal.net;

import io.jrtc.ice.HostCandidatePolicy;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The multicast DNS socket a {@link NetRuntime} shares among its connections (RFC 6762 §5): port
 * 5353, member of 224.0.0.251 on the interfaces the host candidate policy selects. Connections
 * that send a query, and those that answer for their own {@code .local} names, are registered,
 * and every message received goes to each of them: their ICE sessions keep what answers their
 * own questions (or asks for their names) and ignore the rest. One reader thread (virtual).
 */
final class MdnsSocket implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MdnsSocket.class);
    static final InetSocketAddress GROUP = new InetSocketAddress("224.0.0.251", 5353);

    private final DatagramChannel channel;
    private final Set<EngineConnection> asking = ConcurrentHashMap.newKeySet();
    private final AtomicLong sendErrors = new AtomicLong();
    private volatile boolean closed;

    private MdnsSocket(DatagramChannel channel) {
        this.channel = channel;
        Thread.ofVirtual().name("jrtc-mdns").start(this::read);
    }

    /** Binds *:5353 (shared with other responders on the host) and joins the group on the policy's interfaces. */
    static MdnsSocket open(HostCandidatePolicy policy) throws IOException {
        DatagramChannel ch = DatagramChannel.open(StandardProtocolFamily.INET);
        try {
            ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            ch.setOption(StandardSocketOptions.IP_MULTICAST_TTL, 255); // RFC 6762 §11
            ch.bind(new InetSocketAddress(GROUP.getPort()));
            List<InetAddress> selected = policy.select(HostSockets.interfaces());
            boolean joined = false;
            for (NetworkInterface nif : NetworkInterface.networkInterfaces().toList()) {
                boolean chosen = nif.isUp() && nif.supportsMulticast()
                        && nif.inetAddresses().anyMatch(a -> a instanceof Inet4Address && selected.contains(a));
                if (chosen) {
                    ch.join(GROUP.getAddress(), nif);
                    if (!joined) {
                        ch.setOption(StandardSocketOptions.IP_MULTICAST_IF, nif);
                    }
                    joined = true;
                }
            }
            if (!joined) {
                throw new IOException("no multicast-capable IPv4 interface passes the host candidate policy for mDNS");
            }
            return new MdnsSocket(ch);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** Sends a query or response for {@code from}, which then receives what comes back until released. */
    void send(EngineConnection from, InetSocketAddress destination, byte[] payload) {
        asking.add(from);
        try {
            channel.send(ByteBuffer.wrap(payload), destination);
        } catch (IOException e) {
            sendErrors.incrementAndGet();
            LOG.trace("mDNS send failed: {}", e.toString());
        }
    }

    /** {@code c} hands out {@code .local} names: it hears the queries for them from now on. */
    void listen(EngineConnection c) {
        asking.add(c);
    }

    /** The connection is gone. */
    void release(EngineConnection c) {
        asking.remove(c);
    }

    int askers() {
        return asking.size();
    }

    /** Messages that could not be sent. */
    long sendErrors() {
        return sendErrors.get();
    }

    private void read() {
        ByteBuffer buf = ByteBuffer.allocate(9000); // RFC 6762 §17: messages up to the interface MTU
        while (!closed) {
            try {
                InetSocketAddress from = (InetSocketAddress) channel.receive(buf.clear());
                if (from == null) {
                    continue;
                }
                byte[] message = Arrays.copyOf(buf.array(), buf.position());
                for (EngineConnection c : asking) {
                    c.deliverMdns(from, message);
                }
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.trace("mDNS receive failed: {}", e.toString());
            } catch (RuntimeException e) {
                // One bad hand-off must not end the reader: every connection's .local resolution depends on it.
                LOG.debug("an mDNS message could not be handed on; it is dropped", e);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("closing the mDNS socket: {}", e.toString());
        }
    }
}
