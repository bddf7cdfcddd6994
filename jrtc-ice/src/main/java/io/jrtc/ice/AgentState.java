package io.jrtc.ice;

import io.jrtc.ice.CandidatePair.State;

/** Derives the W3C connection state from the agent's state and reports changes. */
final class AgentState {
    private final AgentContext ctx;
    private final Selection selection;
    private final Gatherer gatherer;
    IceConnectionState current = IceConnectionState.NEW;

    AgentState(AgentContext ctx, Selection selection, Gatherer gatherer) {
        this.ctx = ctx;
        this.selection = selection;
        this.gatherer = gatherer;
    }

    void update(long now) {
        IceConnectionState s = compute(now);
        if (s != current) {
            current = s;
            ctx.emit(new IceEvent.ConnectionStateChanged(s));
        }
    }

    private IceConnectionState compute(long now) {
        if (ctx.closed) {
            return IceConnectionState.CLOSED;
        }
        if (ctx.selected != null) {
            if (selection.consentLost) {
                return IceConnectionState.FAILED;
            }
            if (selection.disconnected(now)) {
                return IceConnectionState.DISCONNECTED;
            }
            return finished() ? IceConnectionState.COMPLETED : IceConnectionState.CONNECTED;
        }
        if (ctx.bestValid() != null) {
            return IceConnectionState.CONNECTED;
        }
        if (allFailed() && ctx.remoteEndOfCandidates && gatherer.state == IceGatheringState.COMPLETE) {
            return IceConnectionState.FAILED;
        }
        return ctx.pairs.isEmpty() ? IceConnectionState.NEW : IceConnectionState.CHECKING;
    }

    /** W3C "completed": gathered, end-of-candidates received, nothing left to check. */
    private boolean finished() {
        if (gatherer.state != IceGatheringState.COMPLETE || !ctx.remoteEndOfCandidates
                || !ctx.selected.nominated || !ctx.selected.current(ctx)) {
            return false;
        }
        for (CandidatePair p : ctx.pairs) {
            if (p.pending() && !ctx.config.lite) {
                return false;
            }
        }
        return true;
    }

    private boolean allFailed() {
        if (ctx.pairs.isEmpty()) {
            return false;
        }
        for (CandidatePair p : ctx.pairs) {
            if (p.state != State.FAILED) {
                return false;
            }
        }
        return true;
    }
}
