package io.jrtc.ice.turn;

import java.util.List;

/**
 * The client-to-server leg as bytes: datagrams over UDP, a framed byte stream over TCP, TLS records
 * over TCP. The client hands it whole messages and gets whole messages back, whatever the transport.
 */
interface ServerLink {

    /** For the client's choice of transport. */
    static ServerLink of(TurnClientConfig config) {
        return switch (config.transport()) {
            case UDP -> new UdpLink();
            case TCP -> new TcpLink();
            case TLS -> new TlsLink(config);
        };
    }

    /** Starts the connection (the TLS handshake); a no-op for UDP and TCP. */
    void start();

    /** Queues a whole message for the server. */
    void send(byte[] message);

    /** Takes bytes from the server and appends each complete message to {@code messages}. */
    void receive(byte[] buf, int off, int len, List<byte[]> messages);

    /** The next datagram (UDP) or stream chunk (TCP, TLS) to send, or null. */
    byte[] poll();

    /** True for stream transports: no retransmissions, ChannelData padded (RFC 8656 §12.5). */
    boolean reliable();

    /** Why the connection is unusable (corrupt stream, TLS failure), or null while it is fine. */
    String failure();

    /** Datagrams: one message each. */
    final class UdpLink implements ServerLink {
        private final java.util.ArrayDeque<byte[]> out = new java.util.ArrayDeque<>();

        @Override
        public void start() {}

        @Override
        public void send(byte[] message) {
            out.add(message);
        }

        @Override
        public void receive(byte[] buf, int off, int len, List<byte[]> messages) {
            messages.add(java.util.Arrays.copyOfRange(buf, off, off + len));
        }

        @Override
        public byte[] poll() {
            return out.poll();
        }

        @Override
        public boolean reliable() {
            return false;
        }

        @Override
        public String failure() {
            return null;
        }
    }

    /** A plain TCP byte stream, framed by {@link StreamFramer}. */
    final class TcpLink implements ServerLink {
        private final java.util.ArrayDeque<byte[]> out = new java.util.ArrayDeque<>();
        private final StreamFramer framer = new StreamFramer();

        @Override
        public void start() {}

        @Override
        public void send(byte[] message) {
            out.add(message);
        }

        @Override
        public void receive(byte[] buf, int off, int len, List<byte[]> messages) {
            framer.feed(buf, off, len);
            for (byte[] m = framer.next(); m != null; m = framer.next()) {
                messages.add(m);
            }
        }

        @Override
        public byte[] poll() {
            return out.poll();
        }

        @Override
        public boolean reliable() {
            return true;
        }

        @Override
        public String failure() {
            return framer.broken() ? "the TCP stream from the server holds neither STUN nor ChannelData" : null;
        }
    }
}
