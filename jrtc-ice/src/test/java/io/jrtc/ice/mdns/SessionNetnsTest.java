package io.jrtc.ice.mdns;

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
 * Two {@code IceSession}s in two network namespaces joined by a veth pair (10.254.x addresses that
 * exist only there): b hands out its host candidate as a UUID {@code .local} name, a resolves it
 * over real multicast and connects to the resolved address. Signaling is lines between the two
 * processes' stdin and stdout. Nothing touches the machine's own interfaces. Needs root and
 * iproute2.
 */
class SessionNetnsTest {

    @Test
    void sessionsConnectThroughAnMdnsNameResolvedOverRealMulticast() throws Exception {
        String tag = Long.toString(ProcessHandle.current().pid() % 100000) + ThreadLocalRandom.current().nextInt(100);
        String ns1 = "jrtc-ses-a" + tag;
        String ns2 = "jrtc-ses-b" + tag;
        String va = "jsa" + tag;
        String vb = "jsb" + tag;
        List<Process> children = new ArrayList<>();
        Path logs = Files.createTempDirectory("jrtc-session-mdns");
        try {
            MdnsNetnsTest.ip("netns", "add", ns1);
            MdnsNetnsTest.ip("netns", "add", ns2);
            MdnsNetnsTest.ip("link", "add", va, "netns", ns1, "type", "veth", "peer", "name", vb, "netns", ns2);
            MdnsNetnsTest.setUp(ns1, va, "10.254.0.1/24");
            MdnsNetnsTest.setUp(ns2, vb, "10.254.0.2/24");
            Process a = MdnsNetnsTest.child(SessionSocketHelper.class, logs, ns1, "a", va, "10.254.0.1", "90");
            children.add(a);
            Process b = MdnsNetnsTest.child(SessionSocketHelper.class, logs, ns2, "b", vb, "10.254.0.2", "90");
            children.add(b);
            List<String> fromA = Collections.synchronizedList(new ArrayList<>());
            List<String> fromB = Collections.synchronizedList(new ArrayList<>());
            pipe(a, b.getOutputStream(), fromA);
            pipe(b, a.getOutputStream(), fromB);

            // Hang guard only (two JVMs start on a shared 2-core machine); the helpers outlive it and are ended by PID below.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!fromB.contains("GOT ping") && System.nanoTime() - deadline < 0 && a.isAlive() && b.isAlive()) {
                Thread.sleep(50);
            }
            String why = "a said " + fromA + "\nb said " + fromB + "\na stderr: " + Files.readString(logs.resolve("a.err"))
                    + "\nb stderr: " + Files.readString(logs.resolve("b.err"));
            assertTrue(fromB.contains("GOT ping"), why);
            synchronized (fromB) {
                String host = fromB.stream().filter(l -> l.startsWith("CAND ") && l.contains(" typ host")).findFirst()
                        .orElseThrow();
                assertTrue(host.matches("CAND candidate:\\S+ 1 udp \\d+ [0-9a-f-]{36}\\.local \\d+ typ host.*"), host);
                assertTrue(fromB.stream().noneMatch(l -> l.contains("10.254.0.2")), "b's address was never signaled: " + why);
            }
            synchronized (fromA) {
                assertTrue(fromA.stream().anyMatch(l -> l.matches("CONNECTED 10\\.254\\.0\\.2 1")),
                        "a connected to b's resolved address after one mDNS resolution: " + why);
            }
        } finally {
            for (Process p : children) {
                p.destroy();
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
            MdnsNetnsTest.ipQuietly("netns", "del", ns1);
            MdnsNetnsTest.ipQuietly("netns", "del", ns2);
            try (var files = Files.walk(logs)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
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
}
