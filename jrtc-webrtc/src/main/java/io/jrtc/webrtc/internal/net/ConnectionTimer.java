package io.jrtc.webrtc.internal.net;

import java.util.concurrent.Future;

/**
 * The one wake-up of a connection, at its engine's earliest {@code pollTimeout()}. Only called
 * from the connection's serial context. A later deadline keeps the pending wake-up (an early wake
 * is harmless: the engine only fires what is due), so steady traffic does not reschedule per packet.
 *
 * <p>A wake-up counts as pending from {@link #arm} until {@link #fired}, not by its future's
 * {@code isDone()}: the scheduled task only hands the wake-up to the serial context, which may run
 * it (and re-arm) before the scheduler thread has marked that task done. Asking the future then
 * saw it "still pending" and kept it, so the next deadline was never scheduled and an idle
 * connection slept until a datagram arrived (no nomination, no retransmission).
 */
final class ConnectionTimer {
    private final NetClock clock;
    private final Runnable fire;
    private Future<?> pending;
    private long pendingDeadline = Long.MAX_VALUE;

    ConnectionTimer(NetClock clock, Runnable fire) {
        this.clock = clock;
        this.fire = fire;
    }

    /** Makes sure a wake-up happens no later than {@code deadlineNanos} ({@code Long.MAX_VALUE}: none needed). */
    void arm(long deadlineNanos) {
        if (deadlineNanos == Long.MAX_VALUE) {
            return;
        }
        if (pending != null && pendingDeadline <= deadlineNanos) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pendingDeadline = deadlineNanos;
        long delay = Math.max(0, deadlineNanos - clock.nanoTime());
        pending = clock.schedule(fire, delay);
    }

    /**
     * A wake-up happened (called on the serial context before the engine's handleTimeout): the
     * caller re-arms for the engine's next deadline after it. A late wake-up of a future that was
     * replaced also clears the newer one; that one still fires, which is harmless.
     */
    void fired() {
        pending = null;
        pendingDeadline = Long.MAX_VALUE;
    }

    void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }
}
