package io.jrtc.interop.node;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A Node peer script of {@code jrtc-interop/peers} ({@code peer.mjs} or {@code bench-pair.mjs})
 * started by a test and stopped by its PID in {@link #close()}. It speaks one JSON object a line on
 * stdin/stdout; lines that are signaling go to {@code onSignal}, {@code {"event":...}} lines are
 * queued for {@link #awaitEvent}.
 */
final class NodePeer implements AutoCloseable {
    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final List<String> stderr = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;

    private NodePeer(Process process, Consumer<String> onSignal) {
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.reader = Thread.ofVirtual().start(() -> read(onSignal));
        Thread.ofVirtual().start(this::readErrors);
    }

    /** The folder of the Node project: {@code jrtc-interop/peers}, found from the working directory. */
    static Path peersDir() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p : List.of(here.resolve("peers"), here.resolve("jrtc-interop/peers"))) {
            if (Files.isRegularFile(p.resolve("package.json"))) {
                return p;
            }
        }
        throw new AssertionError("jrtc-interop/peers not found from " + here);
    }

    /** Fails, naming what is missing and how to install it, unless node and the pinned packages are there. */
    static void requireInstalled() {
        requireInstalled(peersDir());
    }

    /** {@link #requireInstalled()} for the Node project in {@code dir}. */
    static void requireInstalled(Path dir) {
        List<String> missing = new ArrayList<>();
        for (String pkg : List.of("werift", "node-datachannel")) {
            if (!Files.isRegularFile(dir.resolve("node_modules").resolve(pkg).resolve("package.json"))) {
                missing.add(pkg);
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("the interop peers " + missing + " are not installed in " + dir
                    + ": run (cd " + dir + " && npm ci), which ./jrtc test does by itself");
        }
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) {
                throw new AssertionError("node --version failed: install Node.js 20 (apt-get install -y nodejs npm)");
            }
        } catch (IOException e) {
            throw new AssertionError("node is not installed: install Node.js 20 (apt-get install -y nodejs npm)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Starts {@code node <script> <args...>} in the peers folder. */
    static NodePeer start(Consumer<String> onSignal, String script, String... args) throws IOException {
        requireInstalled();
        List<String> cmd = new ArrayList<>(List.of("node", script));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(peersDir().toFile()).start();
        return new NodePeer(p, onSignal);
    }

    private void read(Consumer<String> onSignal) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("{\"event\"")) {
                    events.add(line);
                } else if (line.startsWith("{\"description\"") || line.startsWith("{\"candidate\"")) {
                    onSignal.accept(line);
                } else if (line.startsWith("{")) {
                    events.add(line);
                }
            }
        } catch (IOException e) {
            events.add("{\"event\":\"error\",\"message\":\"stdout: " + e.getMessage() + "\"}");
        }
        events.add("{\"event\":\"exit\"}");
    }

    private void readErrors() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (stderr.size() < 200) {
                    stderr.add(line);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /** Sends one line (a signaling message) to the peer. */
    synchronized void send(String jsonLine) {
        try {
            stdin.write(jsonLine);
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            throw new IllegalStateException("the Node peer is gone: " + stderr(), e);
        }
    }

    /** Waits for the next line that contains {@code want}; fails on an error event or the peer's exit. */
    String awaitEvent(String want, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (true) {
            String e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new AssertionError("no " + want + " from the Node peer within " + timeout + " " + unit
                        + "; stderr: " + stderr());
            }
            if (e.contains(want)) {
                return e;
            }
            if (e.contains("\"error\"") || e.contains("\"exit\"")) {
                throw new AssertionError("the Node peer failed while waiting for " + want + ": " + e + "; stderr: " + stderr());
            }
        }
    }

    /** The events not yet awaited, taken out of the queue: what the peer reported meanwhile (errors included). */
    List<String> drainEvents() {
        List<String> rest = new ArrayList<>();
        events.drainTo(rest);
        return rest;
    }

    String stderr() {
        synchronized (stderr) {
            return String.join("\n", stderr);
        }
    }

    long pid() {
        return process.pid();
    }

    /** Closes its stdin (the peer then exits by itself) and ends the process by its PID if it does not. */
    @Override
    public void close() {
        try {
            stdin.close();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(3, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
                }
            }
            reader.join(2000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
