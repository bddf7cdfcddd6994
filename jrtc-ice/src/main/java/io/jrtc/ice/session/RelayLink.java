package io.jrtc.ice.session;

import io.jrtc.ice.turn.TurnClient;
import io.jrtc.ice.turn.TurnClientConfig;
import io.jrtc.ice.turn.TurnTransport;
import java.net.InetSocketAddress;
import javax.net.ssl.SSLContext;

/**
 * One TURN server as the session uses it: its client, and the path to the server (a UDP base, or
 * a stream the runtime opens). Holds what gathering needs to know: whether the server has
 * answered or failed yet.
 */
final class RelayLink {
    final TurnServer server;
    final TurnClient client;
    /** The local UDP socket towards the server, or null for TCP and TLS. */
    final InetSocketAddress base;
    /** The stream number for TCP and TLS, 0 for UDP. */
    final int stream;
    long connectDeadline = Long.MAX_VALUE;
    boolean streamOpen;
    boolean gatheringDone;
    InetSocketAddress relayed;
    /** Its server left the configuration (W3C setConfiguration); released once it carries no selected pair. */
    boolean retired;
    boolean released;

    RelayLink(TurnServer server, IceSessionConfig config, InetSocketAddress base, int stream, SSLContext tls) {
        this.server = server;
        this.base = base;
        this.stream = stream;
        TurnClientConfig.Builder b = TurnClientConfig.builder(server.socketAddress(), server.username(),
                        server.credential())
                .transport(server.parsed().transport())
                .initialRto(config.turnInitialRto)
                .maxTransmissions(config.turnMaxTransmissions);
        if (server.parsed().transport() == TurnTransport.TLS) {
            boolean literal = server.parsed().host().equals(server.address().getHostAddress())
                    || server.parsed().host().indexOf(':') >= 0;
            b.tls(tls, literal ? null : server.parsed().host());
        }
        this.client = new TurnClient(b.build());
    }

    boolean udp() {
        return base != null;
    }

    /** Whether requests about peers may be made: allocating or allocated. */
    boolean usable() {
        TurnClient.State s = client.state();
        return s == TurnClient.State.ALLOCATING || s == TurnClient.State.ALLOCATED;
    }

    boolean allocated() {
        return client.state() == TurnClient.State.ALLOCATED;
    }
}
