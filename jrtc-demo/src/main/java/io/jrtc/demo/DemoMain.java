package io.jrtc.demo;

/** {@code ./jrtc demo [--port 8080]}: the browser demo on http://localhost:PORT. */
public final class DemoMain {
    private DemoMain() {
    }

    public static void main(String[] args) throws Exception {
        System.err.println("jrtc demo: not built yet");
        System.exit(2);
    }
}
