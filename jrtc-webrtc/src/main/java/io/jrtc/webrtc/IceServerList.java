package io.jrtc.webrtc;

import io.jrtc.ice.IceTransportPolicy;
import io.jrtc.ice.session.TurnServer;
import io.jrtc.ice.turn.TurnServerUrl;
import io.jrtc.webrtc.internal.config.IceServerUrl;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The W3C {@code iceServers} and {@code iceTransportPolicy} of a configuration as ICE needs them:
 * STUN servers resolved to addresses, TURN servers as URL and long-term credentials. Host names
 * are resolved here, on the connection's serial context (a blocking lookup, as for the first
 * configuration); one that does not resolve is skipped.
 */
final class IceServerList {
    private static final Logger LOG = LoggerFactory.getLogger(IceServerList.class);

    /** A TURN server as configured: URL, user name, password. */
    record Turn(String url, String username, String credential) {
        @Override
        public String toString() {
            return "Turn[" + url + "]"; // never the credential
        }
    }

    final List<InetSocketAddress> stun;
    final List<Turn> turn;
    final IceTransportPolicy policy;

    private IceServerList(List<InetSocketAddress> stun, List<Turn> turn, IceTransportPolicy policy) {
        this.stun = List.copyOf(stun);
        this.turn = List.copyOf(turn);
        this.policy = policy;
    }

    static IceServerList of(RTCConfiguration config) {
        List<InetSocketAddress> stun = new ArrayList<>();
        List<Turn> turn = new ArrayList<>();
        for (RTCIceServer server : config.iceServers()) {
            for (String url : server.urls()) {
                IceServerUrl parsed = IceServerUrl.parse(url);
                if (parsed.isTurn()) {
                    turn.add(new Turn(url, server.username().orElseThrow(), server.credential().orElseThrow()));
                } else if (!parsed.isSecure()) {
                    stunServer(parsed).ifPresent(stun::add);
                } else {
                    LOG.debug("stuns: servers are not supported; skipping one");
                }
            }
        }
        return new IceServerList(stun, turn, config.iceTransportPolicy() == RTCIceTransportPolicy.RELAY
                ? IceTransportPolicy.RELAY : IceTransportPolicy.ALL);
    }

    /** The TURN servers with their hosts resolved; one whose host does not resolve is left out. */
    List<TurnServer> resolvedTurn() {
        List<TurnServer> out = new ArrayList<>();
        for (Turn t : turn) {
            String host = TurnServerUrl.parse(t.url()).host();
            try {
                out.add(TurnServer.resolved(t.url(), InetAddress.getByName(host), t.username(), t.credential()));
            } catch (UnknownHostException e) {
                LOG.debug("a TURN server's host did not resolve; it is left out");
            }
        }
        return out;
    }

    private static java.util.Optional<InetSocketAddress> stunServer(IceServerUrl url) {
        try {
            return java.util.Optional.of(new InetSocketAddress(InetAddress.getByName(url.host()), url.port()));
        } catch (UnknownHostException e) {
            LOG.debug("a STUN server's host did not resolve");
            return java.util.Optional.empty();
        }
    }
}
