/** Deterministic testing for sans-IO protocol cores: a virtual clock, a simulated network, a driver. */
module io.jrtc.testkit {
    exports io.jrtc.testkit;
}
