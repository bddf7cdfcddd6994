package io.jrtc.webrtc.internal.net;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two engines on the runtime, each in a network namespace the test creates, joined by a veth pair
 * with 10.254.x addresses that exist only there: the answerer hands out its host candidate as a
 * UUID {@code .local} name, the offerer's runtime resolves it over real multicast through its
 * shared mDNS socket, and a data channel message crosses. Nothing touches the machine's own
 * interfaces. Needs root and iproute2.
 */
class EngineMdnsNetnsTest {
    private static final String IP = "/usr/sbin/ip";

    @Test
    void anAnswerersLocalNameIsResolvedByTheRuntimeOverRealMulticast() throws Exception {
        String tag = Long.toString(ProcessHandle.current().pid() % 100000) + ThreadLocalRandom.current().nextInt(100);
        String ns1 = "jrtc-eng-a" + tag;
        String ns2 = "jrtc-eng-b" + tag;
        String va = "jea" + tag;
        String vb = "jeb" + tag;
        List<Process> children = new ArrayList<>();
        Path logs = Files.createTempDirectory("jrtc-engine-mdns");
        try {
            ip("netns", "add", ns1);
            ip("netns", "add", ns2);
            ip("link", "add", va, "netns", ns1, "type", "veth", "peer", "name", vb, "netns", ns2);
            setUp(ns1, va, "10.254.1.1/24");
            setUp(ns2, vb, "10.254.1.2/24");
            Process a = child(logs, ns1, "a", "10.254.1.1", "offer", "90");
            children.add(a);
            Process b = child(logs, ns2, "b", "10.254.1.2", "answer", "90");
            children.add(b);
            List<String> fromA = Collections.synchronizedList(new ArrayList<>());
            List<String> fromB = Collections.synchronizedList(new ArrayList<>());
            pipe(a, b.getOutputStream(), fromA);
            pipe(b, a.getOutputStream(), fromB);

            // Hang guard only (two JVMs start on a shared 2-core machine); the helpers outlive it and are ended by PID below.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(fromB.contains("GOT ping") && fromA.stream().anyMatch(l -> l.startsWith("CONNECTED")))
                    && System.nanoTime() - deadline < 0 && a.isAlive() && b.isAlive()) {
                Thread.sleep(50);
            }
            String why = "a said " + fromA + "\nb said " + fromB + "\na stderr: " + Files.readString(logs.resolve("a.err"))
                    + "\nb stderr: " + Files.readString(logs.resolve("b.err"));
            assertTrue(fromB.contains("GOT ping"), why);
            synchronized (fromB) {
                String host = fromB.stream().filter(l -> l.startsWith("CAND ") && l.contains(" typ host")).findFirst()
                        .orElseThrow(() -> new AssertionError(why));
                assertTrue(host.matches("CAND candidate:\\S+ 1 udp \\d+ [0-9a-f-]{36}\\.local \\d+ typ host.*"), host);
                assertTrue(fromB.stream().noneMatch(l -> l.contains("10.254.1.2")), "b's address was signaled: " + why);
            }
            synchronized (fromA) {
                assertTrue(fromA.stream().anyMatch(l -> l.equals("CONNECTED 10.254.1.2 1")),
                        "a connected to b's address after one mDNS resolution: " + why);
            }
        } finally {
            for (Process p : children) {
                p.destroy();
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
            ipQuietly("netns", "del", ns1);
            ipQuietly("netns", "del", ns2);
            try (var files = Files.walk(logs)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    // Addresses and the multicast route exist only inside the namespace.
    private static void setUp(String ns, String dev, String cidr) throws IOException, InterruptedException {
        ip("-n", ns, "link", "set", "lo", "up");
        ip("-n", ns, "addr", "add", cidr, "dev", dev);
        ip("-n", ns, "link", "set", dev, "up");
        ip("-n", ns, "route", "add", "224.0.0.0/4", "dev", dev);
    }

    /** A JVM running the helper inside the namespace, on this test JVM's class path; stderr to {@code logs/<name>.err}. */
    private static Process child(Path logs, String ns, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        List<String> cmd = new ArrayList<>(List.of(ipBinary(), "netns", "exec", ns, java, "-cp",
                System.getProperty("java.class.path"), EngineNetnsHelper.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(logs.resolve(args[0] + ".err").toFile()).start();
    }

    // Every line one child prints is kept for the test and written to the other child's stdin.
    private static void pipe(Process from, OutputStream to, List<String> seen) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(from.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    seen.add(line);
                    to.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                    to.flush();
                }
            } catch (IOException e) {
                // the other side exited: its output is checked by the test
            }
        });
        t.setDaemon(true);
        t.start();
    }

    private static String ipBinary() {
        return Files.isExecutable(Path.of(IP)) ? IP : "/sbin/ip";
    }

    private static void ip(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ipBinary()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", cmd) + " failed (needs root and iproute2): " + output);
        }
    }

    private static void ipQuietly(String... args) {
        try {
            ip(args);
        } catch (IOException | InterruptedException | AssertionError e) {
            // best effort: the namespace may never have been created
        }
    }
}
