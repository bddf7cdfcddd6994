package io.jrtc.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium on a URL with exactly the flags of INTEROP.md and a fresh user-data-dir;
 * {@link #close} stops it (and the processes it started) by PID and deletes the directory.
 */
final class Chromium implements AutoCloseable {
    static final Path BINARY = Path.of(System.getProperty("jrtc.chromium", "/usr/bin/chromium"));

    private final Process process;
    private final Path userDataDir;

    private Chromium(Process process, Path userDataDir) {
        this.process = process;
        this.userDataDir = userDataDir;
    }

    /** Starts Chromium on {@code url}; {@code extra} flags go before the URL (e.g. --screenshot). */
    static Chromium open(String url, String... extra) throws IOException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: apt-get install -y chromium (tools/test-deps lists it)");
        }
        Path dir = Files.createTempDirectory("jrtc-chromium-");
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir,
                "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--allow-loopback-in-peer-connection",
                "--disable-features=WebRtcHideLocalIpsWithMdns",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost"));
        cmd.addAll(List.of(extra));
        cmd.add(url);
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolveSibling(dir.getFileName() + ".log").toFile())
                .start();
        return new Chromium(p, dir);
    }

    /** Its fresh profile directory (DevTools writes its port there). */
    Path userDataDir() {
        return userDataDir;
    }

    /** Waits for Chromium to exit by itself (e.g. after --screenshot); false on timeout. */
    boolean waitFor(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            process.waitFor(10, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(userDataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        Files.deleteIfExists(userDataDir.resolveSibling(userDataDir.getFileName() + ".log"));
    }
}
