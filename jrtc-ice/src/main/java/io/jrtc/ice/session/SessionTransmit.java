package io.jrtc.ice.session;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * What an {@link IceSession} asks the runtime to send, and over what: a UDP datagram from one of
 * the sockets the runtime bound, the byte stream of a TCP (or TLS, encrypted inside the session)
 * connection to a TURN server, or an mDNS message. Stream connections are opened and closed on
 * the session's request and identified by a small integer the session chooses.
 */
public sealed interface SessionTransmit {

    /**
     * A UDP datagram.
     *
     * @param local the socket to send from (a base address given to {@link IceSession#addHostAddress})
     * @param remote the destination
     * @param payload the bytes (handed over: the session keeps no reference)
     */
    record Udp(InetSocketAddress local, InetSocketAddress remote, byte[] payload) implements SessionTransmit {
        public Udp {
            Objects.requireNonNull(local, "local");
            Objects.requireNonNull(remote, "remote");
            Objects.requireNonNull(payload, "payload");
        }

        @Override
        public String toString() {
            return "Udp[" + local + " -> " + remote + ", " + payload.length + " B]";
        }
    }

    /**
     * Open a TCP connection to a TURN server; report the outcome with
     * {@link IceSession#handleStreamConnected} or {@link IceSession#handleStreamClosed}. For
     * {@code turns:} the session runs TLS itself: the runtime only moves bytes.
     *
     * @param stream the session's number for this connection
     * @param server where to connect
     */
    record OpenStream(int stream, InetSocketAddress server) implements SessionTransmit {}

    /**
     * Bytes to write, in order, on an open stream.
     *
     * @param stream the connection
     * @param bytes the chunk (handed over)
     */
    record StreamData(int stream, byte[] bytes) implements SessionTransmit {
        @Override
        public String toString() {
            return "StreamData[" + stream + ", " + bytes.length + " B]";
        }
    }

    /**
     * Close a stream (the session is done with it, or it never connected in time).
     *
     * @param stream the connection
     */
    record CloseStream(int stream) implements SessionTransmit {}

    /**
     * An mDNS message (RFC 6762) to send from port 5353: a query to the multicast group, or a
     * response to the group or to a querier's address.
     *
     * @param destination {@code 224.0.0.251:5353}, {@code [ff02::fb]:5353}, or a unicast address
     * @param payload the DNS message
     */
    record Mdns(InetSocketAddress destination, byte[] payload) implements SessionTransmit {
        @Override
        public String toString() {
            return "Mdns[" + destination + ", " + payload.length + " B]";
        }
    }
}
