package io.jrtc.ice.turn;

import io.jrtc.stun.StunMethod;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

/** What a {@link TurnClient} reports through {@link TurnClient#pollEvent()}. */
public sealed interface TurnEvent {

    /**
     * The allocation exists (RFC 8656 §7.3).
     *
     * @param relayed the relayed transport address peers send to
     * @param mapped the client's server-reflexive address as the server saw it (XOR-MAPPED-ADDRESS)
     * @param lifetime the lifetime the server granted
     */
    record Allocated(InetSocketAddress relayed, InetSocketAddress mapped, Duration lifetime) implements TurnEvent {}

    /** A Refresh succeeded (RFC 8656 §8); {@code lifetime} is what the server granted. */
    record Refreshed(Duration lifetime) implements TurnEvent {}

    /** A CreatePermission for this peer IP succeeded (RFC 8656 §9); sent again before 5 minutes. */
    record PermissionCreated(InetAddress peer) implements TurnEvent {}

    /** A ChannelBind succeeded (RFC 8656 §12); data to this peer now goes as ChannelData. */
    record ChannelBound(InetSocketAddress peer, int channel) implements TurnEvent {}

    /**
     * A datagram a peer sent to the relayed address, from a Data indication or ChannelData.
     *
     * @param peer the peer's address as the server saw it
     * @param data the datagram (owned by the receiver)
     */
    record PeerData(InetSocketAddress peer, byte[] data) implements TurnEvent {
        public PeerData {
            Objects.requireNonNull(peer, "peer");
            Objects.requireNonNull(data, "data");
        }
    }

    /**
     * The server redirected the Allocate to another server (300 with ALTERNATE-SERVER, RFC 8489
     * §10); a {@link Failed} with code 300 follows. The runtime may start a new client there.
     */
    record TryAlternate(InetSocketAddress server) implements TurnEvent {}

    /**
     * The client is done with the allocation after {@link TurnClient#release}.
     *
     * @param confirmed true if the server confirmed the deletion (success, or 437: already gone);
     *     false if the Refresh with lifetime 0 failed or was never sent, so the allocation simply
     *     expires at the server
     */
    record Released(boolean confirmed) implements TurnEvent {}

    /**
     * A request failed.
     *
     * @param request the method of the failed request (Allocate, Refresh, CreatePermission,
     *     ChannelBind), or null when the connection to the server broke
     * @param peer the peer the request was about, or null for Allocate and Refresh
     * @param code the STUN error code (e.g. 401 wrong credentials, 437, 441, 442, 486, 508), or
     *     {@link #NO_RESPONSE} when no answer came in time, {@link #TRANSPORT_ERROR} or
     *     {@link #BAD_RESPONSE}
     * @param reason the server's reason phrase or a description of what went wrong
     * @param allocationLost true if there is no usable allocation any more: the client is failed
     */
    record Failed(StunMethod request, InetSocketAddress peer, int code, String reason, boolean allocationLost)
            implements TurnEvent {
        /** Code for a request that got no response within the retransmission timeout. */
        public static final int NO_RESPONSE = 0;
        /** Code for a broken connection to the server (corrupt stream, TLS failure). */
        public static final int TRANSPORT_ERROR = 1;
        /** Code for a success response that lacks what it must carry (e.g. XOR-RELAYED-ADDRESS). */
        public static final int BAD_RESPONSE = 2;
    }
}
