package io.jrtc.bench.webrtc;

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
import io.jrtc.webrtc.internal.net.EngineConnection;
import io.jrtc.webrtc.internal.net.NetRuntime;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * Two transport engines in one JVM on real UDP sockets bound to 127.0.0.1, negotiated directly
 * (no SDP): {@code offerer} controls ICE and is the DTLS server, {@code answerer} the DTLS client.
 */
final class LoopbackPair {
    static final HostCandidatePolicy LOOPBACK = HostCandidatePolicy.builder().includeLoopback(true).ipv6(false)
            .addressFilter(InetAddress::isLoopbackAddress).build();

    final Side offerer;
    final Side answerer;

    /** One side: its connection and the moments a benchmark waits for. */
    static final class Side {
        EngineConnection connection;
        Side other;
        final CompletableFuture<DataChannel> opened = new CompletableFuture<>();
        final CompletableFuture<DataChannel> remoteChannel = new CompletableFuture<>();
        volatile BiConsumer<DataChannel, DataChannelEvent> onChannelEvent = (c, e) -> { };

        void onEvent(EngineEvent event) {
            switch (event) {
                case EngineEvent.LocalCandidate lc -> other.connection.run((e, now) -> e.addRemoteCandidate(lc.candidate()));
                case EngineEvent.DataChannel dc -> {
                    switch (dc.event()) {
                        case DataChannelEvent.Opened o -> opened.complete(o.channel());
                        case DataChannelEvent.ChannelCreated c -> remoteChannel.complete(c.channel());
                        default -> { }
                    }
                    onChannelEvent.accept(channelOf(dc.event()), dc.event());
                }
                default -> { }
            }
        }
    }

    LoopbackPair(NetRuntime runtime, DtlsCertificate certificate) throws IOException {
        offerer = new Side();
        answerer = new Side();
        offerer.other = answerer;
        answerer.other = offerer;
        offerer.connection = runtime.connect(config(IceRole.CONTROLLING, certificate), LOOPBACK, (c, e) -> offerer.onEvent(e));
        answerer.connection = runtime.connect(config(IceRole.CONTROLLED, certificate), LOOPBACK, (c, e) -> answerer.onEvent(e));
    }

    private static EngineConfig config(IceRole role, DtlsCertificate certificate) {
        return EngineConfig.builder(IceConfig.builder().role(role).build(), certificate).build();
    }

    /** Exchanges credentials and fingerprints and starts both sides. */
    void negotiate(DtlsCertificate certificate) {
        var offerIce = offerer.connection.call((e, now) -> e.localCredentials()).join();
        var answerIce = answerer.connection.call((e, now) -> e.localCredentials()).join();
        offerer.connection.run((e, now) -> {
            e.setRemote(now, RemoteParameters.of(answerIce, List.of(certificate.fingerprint()), DtlsRole.SERVER));
            e.start(now);
        });
        answerer.connection.run((e, now) -> {
            e.setRemote(now, RemoteParameters.of(offerIce, List.of(certificate.fingerprint()), DtlsRole.CLIENT));
            e.start(now);
        });
    }

    void close() {
        offerer.connection.close();
        answerer.connection.close();
    }

    private static DataChannel channelOf(DataChannelEvent e) {
        return switch (e) {
            case DataChannelEvent.ChannelCreated c -> c.channel();
            case DataChannelEvent.Opened o -> o.channel();
            case DataChannelEvent.Message m -> m.channel();
            case DataChannelEvent.BufferedAmountLow b -> b.channel();
            case DataChannelEvent.Closing c -> c.channel();
            case DataChannelEvent.Closed c -> c.channel();
            case DataChannelEvent.Error err -> err.channel();
            case DataChannelEvent.TransportClosed t -> null;
        };
    }
}
