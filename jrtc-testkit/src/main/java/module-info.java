/**
 * Deterministic testing for sans-IO protocol cores: a virtual clock, a simulated network, a driver;
 * plus shared test servers (simulated and scripted TURN, a real coturn process).
 */
module io.jrtc.testkit {
    requires transitive io.jrtc.stun;

    exports io.jrtc.testkit;
    exports io.jrtc.testkit.peers;
    exports io.jrtc.testkit.turn;
}
