package io.jrtc.testkit.turn;

import io.jrtc.stun.ChannelData;
import io.jrtc.stun.ChannelNumber;
import io.jrtc.stun.Data;
import io.jrtc.stun.DatagramKind;
import io.jrtc.stun.Lifetime;
import io.jrtc.stun.StunClass;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMethod;
import io.jrtc.stun.XorMappedAddress;
import io.jrtc.stun.XorPeerAddress;
import io.jrtc.stun.XorRelayedAddress;
import io.jrtc.testkit.Datagram;
import io.jrtc.testkit.Endpoint;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * A small TURN server for simulations (one allocation, MD5 long-term credentials) that enforces
 * what the client must keep alive: the allocation lifetime, 300 s permissions and 600 s channels
 * (RFC 8656 §9, §12). It listens on a control address and relays on a second one.
 */
public final class SimTurnServer implements Endpoint {
    private static final long S = 1_000_000_000L;

    /** Where clients send requests and where data to clients comes from. */
    public final InetSocketAddress control;
    /** The relayed transport address peers see. */
    public final InetSocketAddress relay;
    /** Datagrams relayed to peers. */
    public long toPeers;
    /** Peer datagrams delivered to the client as ChannelData. */
    public long toClientAsChannelData;
    /** Peer datagrams delivered to the client as Data indications. */
    public long toClientAsDataIndication;
    /** Datagrams dropped for want of a live permission. */
    public long droppedNoPermission;
    /** Peer datagrams dropped for want of a live allocation. */
    public long droppedNoAllocation;
    private final FakeTurnServer creds = new FakeTurnServer();
    private final ArrayDeque<Datagram> out = new ArrayDeque<>();
    private final Map<InetAddress, Long> permissions = new HashMap<>();
    private final Map<Integer, InetSocketAddress> channels = new HashMap<>();
    private final Map<Integer, Long> channelExpiry = new HashMap<>();
    private InetSocketAddress client;
    private long allocationExpiry = Long.MIN_VALUE;

    /** A server answering on {@code control} and relaying on {@code relay}. */
    public SimTurnServer(InetSocketAddress control, InetSocketAddress relay) {
        this.control = control;
        this.relay = relay;
    }

    /** Allocate requests answered with success. */
    public long allocations;

    private boolean allocated(long now) {
        return client != null && now < allocationExpiry;
    }

    /** Whether an allocation is live at {@code nowNanos} (false once the client released it). */
    public boolean hasAllocation(long nowNanos) {
        return allocated(nowNanos);
    }

    @Override
    public void handleInput(long now, Datagram d) {
        byte[] b = d.payload();
        if (d.destination().equals(relay)) {
            fromPeer(now, d.source(), b);
        } else if (DatagramKind.classify(b, 0, b.length) == DatagramKind.CHANNEL_DATA) {
            ChannelData cd = ChannelData.decode(b, 0, b.length);
            InetSocketAddress peer = channels.get(cd.channelNumber());
            if (allocated(now) && peer != null && now < channelExpiry.get(cd.channelNumber())) {
                toPeer(now, peer, cd.data());
            }
        } else {
            StunMessage m = StunMessage.decode(b);
            if (m.messageClass() == StunClass.INDICATION && m.method().equals(StunMethod.SEND) && allocated(now)) {
                toPeer(now, m.get(XorPeerAddress.class).orElseThrow().address(), m.get(Data.class).orElseThrow().toByteArray());
            } else if (m.messageClass() == StunClass.REQUEST) {
                out.add(d.reply(request(now, d.source(), m)));
            }
        }
    }

    private void toPeer(long now, InetSocketAddress peer, byte[] data) {
        Long expiry = permissions.get(peer.getAddress());
        if (expiry == null || now >= expiry) {
            droppedNoPermission++;
            return;
        }
        toPeers++;
        out.add(new Datagram(relay, peer, data));
    }

    private void fromPeer(long now, InetSocketAddress peer, byte[] data) {
        Long expiry = permissions.get(peer.getAddress());
        if (!allocated(now)) {
            droppedNoAllocation++;
            return;
        }
        if (expiry == null || now >= expiry) {
            droppedNoPermission++;
            return;
        }
        for (Map.Entry<Integer, InetSocketAddress> e : channels.entrySet()) {
            if (e.getValue().equals(peer) && now < channelExpiry.get(e.getKey())) {
                toClientAsChannelData++;
                out.add(new Datagram(control, client, ChannelData.of(e.getKey(), data).encode(false)));
                return;
            }
        }
        toClientAsDataIndication++;
        out.add(new Datagram(control, client, StunMessage.builder(StunMethod.DATA, StunClass.INDICATION)
                .add(new XorPeerAddress(peer)).add(Data.of(data)).build().encode()));
    }

    private byte[] request(long now, InetSocketAddress from, StunMessage m) {
        if (!m.hasIntegrity() || !m.checkIntegrity(creds.key())) {
            return creds.challenge(m, 401);
        }
        int method = m.method().code();
        if (method == StunMethod.ALLOCATE.code()) {
            long lifetime = m.get(Lifetime.class).map(Lifetime::seconds).orElse(600L);
            if (allocated(now) && !from.equals(client)) {
                return creds.error(m, 486);
            }
            client = from;
            allocations++;
            forgetPeers(); // RFC 8656: permissions and channels belong to an allocation, a new one has none
            allocationExpiry = now + lifetime * S;
            return creds.success(m, new XorRelayedAddress(relay), new XorMappedAddress(from), new Lifetime(lifetime));
        }
        if (!allocated(now) || !from.equals(client)) {
            return creds.error(m, 437);
        }
        if (method == StunMethod.REFRESH.code()) {
            long lifetime = m.get(Lifetime.class).map(Lifetime::seconds).orElse(600L);
            allocationExpiry = lifetime == 0 ? Long.MIN_VALUE : now + lifetime * S;
            if (lifetime == 0) {
                forgetPeers(); // RFC 8656 §7: the allocation is deleted with its permissions and channels
            }
            return creds.success(m, new Lifetime(lifetime));
        }
        InetSocketAddress peer = m.get(XorPeerAddress.class).orElseThrow().address();
        permissions.put(peer.getAddress(), now + 300 * S);
        if (method == StunMethod.CHANNEL_BIND.code()) {
            int channel = m.get(ChannelNumber.class).orElseThrow().number();
            channels.put(channel, peer);
            channelExpiry.put(channel, now + 600 * S);
        }
        return creds.success(m);
    }

    private void forgetPeers() {
        permissions.clear();
        channels.clear();
        channelExpiry.clear();
    }

    @Override
    public void handleTimeout(long nowNanos) {}

    @Override
    public Datagram pollTransmit() {
        return out.poll();
    }

    @Override
    public long pollTimeout() {
        return NEVER;
    }
}
