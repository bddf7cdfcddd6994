package io.jrtc.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The application's commands as separate processes (the main class {@code ./jrtc} starts, on this
 * test's class path): {@code echo} serves, {@code echo-client} against it prints
 * {@code 4 passed, 0 failed} last and exits 0, against nothing exits 1, with a bad URL exits 2;
 * {@code demo} serves its page. Every process is stopped by its PID; all listen on 127.0.0.1.
 */
class CommandsTest {
    private static final long GUARD_SECONDS = 60;

    private static ProcessBuilder command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true);
    }

    /** Runs a command to its end; its output lines and exit code. */
    private record Run(List<String> lines, int exit) {
        String last() {
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    private static Run run(String... args) throws Exception {
        long t0 = System.nanoTime();
        Process p = command(args).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(GUARD_SECONDS, TimeUnit.SECONDS), "the command did not end: " + out);
            System.out.printf("%s: %d ms%n", String.join(" ", args), (System.nanoTime() - t0) / 1_000_000);
            return new Run(out.lines().toList(), p.exitValue());
        } finally {
            p.destroyForcibly();
        }
    }

    /** Starts a long-running command and returns it once it printed a line matching {@code ready}. */
    private static Process serve(Pattern ready, String[] port, String... args) throws IOException {
        Process p = command(args).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher m = ready.matcher(line);
            if (m.find()) {
                port[0] = m.group(1);
                return p;
            }
        }
        p.destroyForcibly();
        throw new AssertionError("the command ended without saying it was ready: " + seen);
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }

    @Test
    void echoAndEchoClientAsCommands() throws Exception {
        String[] port = new String[1];
        Process echo = serve(Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/offer"), port, "echo", "--host", "127.0.0.1", "--port", "0");
        try {
            Run ok = run("echo-client", "http://127.0.0.1:" + port[0] + "/offer");
            assertEquals("4 passed, 0 failed", ok.last(), String.join("\n", ok.lines()));
            assertEquals(0, ok.exit());
        } finally {
            stop(echo);
        }
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Run nothing = run("echo-client", "http://127.0.0.1:" + closed + "/offer");
        assertEquals("0 passed, 4 failed", nothing.last(), String.join("\n", nothing.lines()));
        assertEquals(1, nothing.exit());
        Run bad = run("echo-client", "not a url");
        assertEquals(2, bad.exit(), String.join("\n", bad.lines()));
        assertTrue(bad.last().contains("bad URL"), bad.last());
    }

    @Test
    void demoServesItsPage() throws Exception {
        String[] port = new String[1];
        Process demo = serve(Pattern.compile("http://localhost:(\\d+)/"), port, "demo", "--port", "0");
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port[0] + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<title>jrtc demo</title>"), page.body());
        } finally {
            stop(demo);
        }
    }
}
