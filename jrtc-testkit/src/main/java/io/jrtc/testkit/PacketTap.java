package io.jrtc.testkit;

/**
 * Sees every datagram the network handles: sent, delivered, dropped (with the reason),
 * duplicated or translated by a NAT, with the virtual time. Register with
 * {@link Simulation#tap(PacketTap)}; {@link Trace} is a ready-made one that records.
 */
@FunctionalInterface
public interface PacketTap {
    /** Called synchronously while the simulation runs; must not call back into the simulation. */
    void onEvent(TraceEvent event);
}
