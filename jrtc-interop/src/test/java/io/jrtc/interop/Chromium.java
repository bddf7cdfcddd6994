package io.jrtc.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Headless Chromium (libwebrtc) as a real peer: started with exactly the flags INTEROP.md lists and
 * a fresh profile directory, on a page the test serves itself ({@link BrowserPage}); stopped by its
 * PID (and its child processes by theirs). Never skipped: a missing browser fails the test, naming
 * the command that installs it.
 */
final class Chromium implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Chromium.class);
    static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");

    private final Process process;
    private final Path profile;
    private final Path log;
    private final BrowserPage page;
    private final String userAgent;

    private Chromium(Process process, Path profile, Path log, BrowserPage page, String userAgent) {
        this.process = process;
        this.profile = profile;
        this.log = log;
        this.page = page;
        this.userAgent = userAgent;
    }

    /** Fails (never skips) with the install command when the browser is not there. */
    static void requireInstalled() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new AssertionError("headless Chromium is missing (" + EXECUTABLE + "): the interop tests need it. "
                    + "Install it with: apt-get install -y chromium   (./jrtc test installs what tools/test-deps lists)");
        }
    }

    /** The flags of INTEROP.md, with a new empty profile directory, opening {@code url}. */
    static List<String> command(Path profile, String url) {
        return List.of(EXECUTABLE.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile,
                "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--allow-loopback-in-peer-connection",
                "--disable-features=WebRtcHideLocalIpsWithMdns",
                // One argument: ProcessBuilder passes it without a shell, so no quotes.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
                url);
    }

    /**
     * The command for a browser inside network namespace {@code ns} that hides its addresses as
     * browsers do by default: INTEROP.md's flags without {@code --allow-loopback-in-peer-connection}
     * and {@code --disable-features=WebRtcHideLocalIpsWithMdns}, so its host candidates are UUID
     * {@code .local} names its mDNS responder answers for. Host names still resolve nowhere; only
     * localhost and the page's address ({@code pageHost}, an IP literal) are exempt.
     */
    static List<String> commandInNamespace(String ip, String ns, Path profile, String url, String pageHost) {
        return List.of(ip, "netns", "exec", ns, EXECUTABLE.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile,
                "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE " + pageHost,
                url);
    }

    /** Starts the browser on a new page server and waits until the page reports in. */
    static Chromium start() throws Exception {
        requireInstalled();
        return start(new BrowserPage(), (profile, url) -> command(profile, url));
    }

    /**
     * Starts the browser inside network namespace {@code ns} ({@link #commandInNamespace}), on a
     * page served on {@code pageAddress} (this side of the namespace's veth pair).
     */
    static Chromium startInNamespace(String ip, String ns, java.net.InetAddress pageAddress) throws Exception {
        requireInstalled();
        String host = pageAddress.getHostAddress();
        return start(new BrowserPage(pageAddress, host), (profile, url) -> commandInNamespace(ip, ns, profile, url, host));
    }

    private static Chromium start(BrowserPage page, java.util.function.BiFunction<Path, String, List<String>> command)
            throws Exception {
        Path profile = Files.createTempDirectory("jrtc-chromium-profile-");
        Path logDir = Paths.get("target", "chromium-logs");
        Files.createDirectories(logDir);
        Path log = Files.createTempFile(logDir, "chromium-", ".log");
        Process process = null;
        try {
            process = new ProcessBuilder(command.apply(profile, page.url()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            LOG.info("started {} as PID {} on {}", EXECUTABLE, process.pid(), page.url());
            Process p = process;
            String ua = page.awaitReady(Duration.ofSeconds(60), () -> {
                if (!p.isAlive()) {
                    throw new AssertionError("Chromium exited with status " + p.exitValue()
                            + " before loading the page; its output:\n" + tail(log));
                }
            });
            return new Chromium(process, profile, log, page, ua);
        } catch (Throwable t) {
            if (process != null) {
                stop(process);
            }
            page.close();
            deleteTree(profile);
            if (t instanceof AssertionError a && process != null) {
                throw new AssertionError(a.getMessage() + "\nChromium's output:\n" + tail(log), a);
            }
            throw t;
        }
    }

    BrowserPage page() {
        return page;
    }

    String userAgent() {
        return userAgent;
    }

    /** The browser process and every process it started, by PID: destroy, then destroyForcibly. */
    private static void stop(Process process) {
        List<ProcessHandle> children = new ArrayList<>(process.descendants().toList());
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("could not delete {}: {}", dir, e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            stop(process);
        } finally {
            page.close();
            deleteTree(profile);
            LOG.info("stopped Chromium (PID {}); its output is in {}", process.pid(), log);
        }
    }
}
