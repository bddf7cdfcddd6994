package io.jrtc.webrtc.internal.net;

import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.dtls.DtlsRole;
import io.jrtc.ice.HostCandidatePolicy;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceRole;
import io.jrtc.sctp.datachannel.DataChannel;
import io.jrtc.sctp.datachannel.DataChannelEvent;
import io.jrtc.webrtc.internal.engine.EngineConfig;
import io.jrtc.webrtc.internal.engine.EngineEvent;
import io.jrtc.webrtc.internal.engine.RemoteParameters;
import io.jrtc.webrtc.internal.engine.TransportState;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * One engine on real sockets for tests: records events (thread-safe), exposes futures for the
 * moments tests wait for, and wires signaling to another peer.
 */
final class LoopbackPeer implements EngineListener {
    static final DtlsCertificate CERT = DtlsCertificate.generate();
    /** 127.0.0.1 only: every packet of these tests stays on loopback. */
    static final HostCandidatePolicy LOOPBACK = HostCandidatePolicy.builder().includeLoopback(true).ipv6(false)
            .addressFilter(InetAddress::isLoopbackAddress).build();

    final String name;
    final IceRole role;
    EngineConnection connection;
    LoopbackPeer remote;
    final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    final CompletableFuture<DataChannel> remoteChannel = new CompletableFuture<>();
    final CompletableFuture<DataChannel> opened = new CompletableFuture<>();
    final CompletableFuture<Void> connected = new CompletableFuture<>();
    final CompletableFuture<Void> peerClosed = new CompletableFuture<>();
    final CompletableFuture<Void> channelClosed = new CompletableFuture<>();
    final CompletableFuture<EngineEvent.CandidateError> candidateError = new CompletableFuture<>();
    final List<EngineEvent.RtpReceived> rtp = new CopyOnWriteArrayList<>();
    private final List<java.util.Map.Entry<Integer, CompletableFuture<Void>>> rtpWaiters = new CopyOnWriteArrayList<>();
    volatile BiConsumer<DataChannel, DataChannelEvent.Message> onMessage = (c, m) -> { };
    /** Whether the serial context was ever entered twice at once (must stay false). */
    volatile boolean overlapped;
    private volatile boolean inCallback;

    LoopbackPeer(String name, IceRole role) {
        this.name = name;
        this.role = role;
    }

    static EngineConfig config(IceRole role) {
        return EngineConfig.builder(IceConfig.builder().role(role).build(), CERT).build();
    }

    LoopbackPeer open(NetRuntime runtime) {
        try {
            connection = runtime.connect(config(role), LOOPBACK, this);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return this;
    }

    LoopbackPeer open(NetRuntime runtime, EngineConfig config) {
        try {
            connection = runtime.connect(config, LOOPBACK, this);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return this;
    }

    LoopbackPeer open(NetRuntime runtime, SinglePort port) {
        connection = runtime.connect(config(role), port, this);
        return this;
    }

    /** Offer/answer between two peers: this one controls ICE and is the DTLS server (actpass answered active). */
    static void negotiate(LoopbackPeer offerer, LoopbackPeer answerer) {
        offerer.remote = answerer;
        answerer.remote = offerer;
        var offererIce = offerer.connection.call((e, now) -> e.localCredentials()).join();
        var answererIce = answerer.connection.call((e, now) -> e.localCredentials()).join();
        var fingerprint = CERT.fingerprint();
        offerer.connection.run((e, now) -> {
            e.setRemote(now, RemoteParameters.of(answererIce, List.of(fingerprint), DtlsRole.SERVER));
            e.start(now);
        });
        answerer.connection.run((e, now) -> {
            e.setRemote(now, RemoteParameters.of(offererIce, List.of(fingerprint), DtlsRole.CLIENT));
            e.start(now);
        });
    }

    @Override
    public void onEvent(EngineConnection c, EngineEvent event) {
        if (inCallback) {
            overlapped = true;
        }
        inCallback = true;
        try {
            events.add(event);
            switch (event) {
                case EngineEvent.LocalCandidate lc -> remote.connection.run((e, now) -> e.addRemoteCandidate(lc.candidate()));
                case EngineEvent.StateChanged s when s.state() == TransportState.CONNECTED -> connected.complete(null);
                case EngineEvent.PeerClosed p -> peerClosed.complete(null);
                case EngineEvent.CandidateError ce -> candidateError.complete(ce);
                case EngineEvent.RtpReceived r -> {
                    rtp.add(r);
                    rtpWaiters.forEach(w -> {
                        if (rtp.size() >= w.getKey()) {
                            w.getValue().complete(null);
                        }
                    });
                }
                case EngineEvent.DataChannel dc -> onChannel(dc.event());
                default -> { }
            }
        } finally {
            inCallback = false;
        }
    }

    private void onChannel(DataChannelEvent e) {
        switch (e) {
            case DataChannelEvent.ChannelCreated cc -> remoteChannel.complete(cc.channel());
            case DataChannelEvent.Opened o -> opened.complete(o.channel());
            case DataChannelEvent.Message m -> onMessage.accept(m.channel(), m);
            case DataChannelEvent.Closed cl -> channelClosed.complete(null);
            default -> { }
        }
    }

    /** Completes once {@code n} RTP packets arrived. */
    CompletableFuture<Void> rtpCount(int n) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        rtpWaiters.add(java.util.Map.entry(n, f));
        if (rtp.size() >= n) {
            f.complete(null);
        }
        return f;
    }

    static <T> T await(CompletableFuture<T> f, String what) {
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("waiting for " + what + ": " + e, e);
        }
    }

    @Override
    public String toString() {
        return name + " " + events;
    }
}
