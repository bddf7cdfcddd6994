package io.jrtc.webrtc.internal.net;

import io.jrtc.ice.HostCandidatePolicy;
import java.io.IOException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mDNS socket of one connection that chose its own interfaces for mDNS (a peer connection with
 * {@code JrtcSettings.mdns}): opened at the first message, on the interfaces the connection's host
 * candidate policy selects, and closed with the connection. Connections on different interfaces
 * cannot share the runtime's one socket; each such socket costs a reader only while its connection
 * lives and only once a {@code .local} name has come up.
 */
final class ConnectionMdns implements Supplier<MdnsSocket>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionMdns.class);

    private final HostCandidatePolicy policy;
    private MdnsSocket socket;
    private boolean failed;
    private boolean closed;

    ConnectionMdns(HostCandidatePolicy policy) {
        this.policy = policy;
    }

    /** The socket, opened on first use; null once closed or if it cannot be opened (said once, at debug). */
    @Override
    public synchronized MdnsSocket get() {
        if (socket == null && !failed && !closed) {
            try {
                socket = MdnsSocket.open(policy);
            } catch (IOException e) {
                failed = true; // once: every later message would fail the same way
                LOG.debug("mDNS is unavailable for this connection, .local candidates will not resolve: {}",
                        e.getMessage());
            }
        }
        return socket;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
