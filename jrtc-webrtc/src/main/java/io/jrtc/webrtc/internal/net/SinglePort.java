package io.jrtc.webrtc.internal.net;

import io.jrtc.ice.IceCredentials;
import io.jrtc.ice.SinglePortDemux;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One UDP socket shared by many connections (single-port mode, as SFUs run): a Binding request
 * goes to the connection whose ufrag its USERNAME names, everything else to the connection its
 * source address belongs to (jrtc-ice's {@link SinglePortDemux}). An address is learned only from
 * a request with valid MESSAGE-INTEGRITY or from the connection's own sends, so a forged check
 * cannot steer another connection's DTLS/SRTP.
 */
public final class SinglePort implements AutoCloseable, EngineConnection.SocketOwner {
    private final DatagramPort socket;
    private final SinglePortDemux<EngineConnection> demux = new SinglePortDemux<>();
    /** Which connection each remote address was learned for, so a send does not take the lock. */
    private final Map<InetSocketAddress, EngineConnection> learned = new ConcurrentHashMap<>();

    SinglePort(DatagramPort socket) {
        this.socket = socket;
        socket.start(this::route);
    }

    /** The bound address, every connection's host candidate. */
    public InetSocketAddress local() {
        return socket.local();
    }

    DatagramPort socket() {
        return socket;
    }

    private void route(DatagramPort s, InetSocketAddress remote, byte[] payload) {
        EngineConnection c;
        synchronized (demux) {
            c = demux.route(remote, payload);
        }
        if (c != null) {
            c.deliver(s.local(), remote, payload);
        }
    }

    void register(IceCredentials local, EngineConnection c) {
        synchronized (demux) {
            demux.register(local, c);
        }
    }

    @Override
    public void sending(EngineConnection c, InetSocketAddress remote) {
        if (learned.get(remote) != c) {
            learned.put(remote, c);
            synchronized (demux) {
                demux.learn(remote, c);
            }
        }
    }

    /** The old ufrag keeps routing too: checks of the old generation may still arrive. */
    @Override
    public void credentialsChanged(EngineConnection c, IceCredentials local) {
        register(local, c);
    }

    @Override
    public void release(EngineConnection c) {
        learned.values().removeIf(v -> v == c);
        synchronized (demux) {
            demux.unregister(c);
        }
    }

    /** Datagrams no connection claimed. */
    public long unrouted() {
        synchronized (demux) {
            return demux.unrouted();
        }
    }

    /** How many connections are registered. */
    public int connections() {
        synchronized (demux) {
            return demux.size();
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
