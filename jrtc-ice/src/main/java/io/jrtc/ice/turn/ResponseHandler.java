package io.jrtc.ice.turn;

import io.jrtc.stun.AlternateServer;
import io.jrtc.stun.ErrorCode;
import io.jrtc.stun.Lifetime;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMethod;
import io.jrtc.stun.XorMappedAddress;
import io.jrtc.stun.XorRelayedAddress;
import java.time.Duration;
import java.util.Optional;

/** What a {@link TurnClient} does with the response to each of its requests, or with its failure. */
final class ResponseHandler {
    private ResponseHandler() {}

    static void success(TurnClient c, long now, Transaction t, StunMessage m) {
        switch (t.method.code()) {
            case 0x003 -> allocated(c, now, t, m);
            case 0x004 -> refreshed(c, now, t, m);
            case 0x008 -> permissionCreated(c, now, t);
            case 0x009 -> channelBound(c, now, t);
            default -> throw new IllegalStateException("no transaction has method " + t.method);
        }
    }

    private static void allocated(TurnClient c, long now, Transaction t, StunMessage m) {
        Optional<XorRelayedAddress> relayed = m.get(XorRelayedAddress.class);
        if (relayed.isEmpty()) {
            failed(c, now, t, TurnEvent.Failed.BAD_RESPONSE, "Allocate success without XOR-RELAYED-ADDRESS");
            return;
        }
        long lifetime = m.get(Lifetime.class).map(Lifetime::seconds).orElse(t.lifetimeSeconds);
        Allocation a = c.allocation();
        a.relayed = relayed.get().address();
        a.mapped = m.get(XorMappedAddress.class).map(XorMappedAddress::address).orElse(null);
        a.granted(now, lifetime);
        c.setState(TurnClient.State.ALLOCATED);
        c.emit(new TurnEvent.Allocated(a.relayed, a.mapped, Duration.ofSeconds(lifetime)));
        c.afterAllocated(now);
    }

    private static void refreshed(TurnClient c, long now, Transaction t, StunMessage m) {
        if (t.lifetimeSeconds == 0) {
            c.setState(TurnClient.State.RELEASED);
            c.emit(new TurnEvent.Released(true));
            return;
        }
        long lifetime = m.get(Lifetime.class).map(Lifetime::seconds).orElse(t.lifetimeSeconds);
        c.allocation().granted(now, lifetime);
        c.emit(new TurnEvent.Refreshed(Duration.ofSeconds(lifetime)));
    }

    private static void permissionCreated(TurnClient c, long now, Transaction t) {
        PeerBindings.Permission p = c.peers().findPermission(t.peer.getAddress());
        if (p == null) {
            return;
        }
        p.inFlight = false;
        p.dueAt = now + PeerBindings.PERMISSION_REFRESH_NANOS;
        if (!p.installed) {
            p.installed = true;
            c.emit(new TurnEvent.PermissionCreated(p.ip));
        }
    }

    // RFC 8656 §12: a ChannelBind also installs or refreshes the permission for the peer's IP.
    private static void channelBound(TurnClient c, long now, Transaction t) {
        PeerBindings.Channel ch = c.peers().channelOf(t.peer);
        if (ch == null) {
            return;
        }
        ch.inFlight = false;
        ch.dueAt = now + PeerBindings.CHANNEL_REFRESH_NANOS;
        if (!ch.bound) {
            ch.bound = true;
            c.emit(new TurnEvent.ChannelBound(ch.peer, ch.number));
        }
    }

    /** 401 and 438 are answered with a new request (RFC 8489 §9.2.5); anything else fails it. */
    static void error(TurnClient c, long now, Transaction t, StunMessage m) {
        Optional<ErrorCode> error = m.get(ErrorCode.class);
        if (error.isEmpty()) {
            failed(c, now, t, TurnEvent.Failed.BAD_RESPONSE, "error response without ERROR-CODE");
            return;
        }
        int code = error.get().code();
        if (code == 401 && !t.signed && c.auth().accept(m)) {
            c.restart(now, t.retry());
            return;
        }
        if (code == 438 && t.staleNonceRetries < TurnClient.maxStaleNonceRetries() && c.auth().accept(m)) {
            c.restart(now, t.retry());
            return;
        }
        String reason = error.get().reason();
        Optional<AlternateServer> alternate = m.get(AlternateServer.class);
        if (code == 300 && t.method.equals(StunMethod.ALLOCATE) && alternate.isPresent()) {
            c.emit(new TurnEvent.TryAlternate(alternate.get().address()));
            reason += " (try " + alternate.get().address() + ")";
        }
        if (code == 401 && t.signed) {
            reason += " (the server rejected the username or password)";
        }
        failed(c, now, t, code, reason);
    }

    // 437 (no allocation) and credential errors are final; anything else may be transient.
    private static boolean refreshMayBeRetried(int code) {
        return code != 437 && code != 401 && code != 441;
    }

    static void failed(TurnClient c, long now, Transaction t, int code, String reason) {
        boolean release = t.method.equals(StunMethod.REFRESH) && t.lifetimeSeconds == 0;
        if (release) {
            // The allocation is gone (437) or will expire by itself: either way it is released.
            c.setState(TurnClient.State.RELEASED);
            c.emit(new TurnEvent.Released(code == 437));
            return;
        }
        if (t.method.equals(StunMethod.REFRESH) && refreshMayBeRetried(code) && c.allocation().retryAfterFailure(now)) {
            c.emit(new TurnEvent.Failed(t.method, null, code, reason, false));
            return;
        }
        boolean peerRequest = t.method.equals(StunMethod.CREATE_PERMISSION) || t.method.equals(StunMethod.CHANNEL_BIND);
        // 437 to a peer request means the server has no allocation for us any more.
        boolean lost = !peerRequest || code == 437;
        if (t.method.equals(StunMethod.CREATE_PERMISSION)) {
            c.peers().removePermission(t.peer.getAddress());
        } else if (t.method.equals(StunMethod.CHANNEL_BIND)) {
            c.peers().removeChannel(t.peer);
        }
        if (lost) {
            c.setState(TurnClient.State.FAILED);
        }
        c.emit(new TurnEvent.Failed(t.method, peerRequest ? t.peer : null, code, reason, lost));
    }
}
