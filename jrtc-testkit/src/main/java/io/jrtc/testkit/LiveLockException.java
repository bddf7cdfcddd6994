package io.jrtc.testkit;

/**
 * The simulation stopped because it would otherwise run forever: virtual time stopped moving,
 * an endpoint kept asking for a timeout that is already due, or a run exceeded its step budget.
 * The message says which, and shows the most recent network activity.
 */
public final class LiveLockException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** An exception with the given explanation. */
    public LiveLockException(String message) {
        super(message);
    }
}
