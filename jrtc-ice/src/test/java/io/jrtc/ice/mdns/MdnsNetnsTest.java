package io.jrtc.ice.mdns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Real multicast: a responder in one network namespace and a resolver in another, joined by a
 * veth pair with 10.253.x addresses that exist only inside the namespaces, talking over
 * 224.0.0.251:5353. Nothing touches the machine's own interfaces. Needs root and iproute2.
 */
class MdnsNetnsTest {
    private static final String IP = "/usr/sbin/ip";

    @Test
    void resolverInOneNamespaceResolvesResponderInAnother() throws Exception {
        if (!Files.isExecutable(Path.of(IP)) && !Files.isExecutable(Path.of("/sbin/ip"))) {
            throw new AssertionError("ip is missing: install the Debian package iproute2");
        }
        String tag = Long.toString(ProcessHandle.current().pid() % 100000) + ThreadLocalRandom.current().nextInt(100);
        String ns1 = "jrtc-mdns-a" + tag;
        String ns2 = "jrtc-mdns-b" + tag;
        String va = "jma" + tag;
        String vb = "jmb" + tag;
        List<Process> children = new ArrayList<>();
        Path logs = Files.createTempDirectory("jrtc-mdns");
        try {
            ip("netns", "add", ns1);
            ip("netns", "add", ns2);
            ip("link", "add", va, "netns", ns1, "type", "veth", "peer", "name", vb, "netns", ns2);
            setUp(ns1, va, "10.253.0.1/24");
            setUp(ns2, vb, "10.253.0.2/24");

            Process responder = child(logs, ns1, "respond", va, "10.253.0.1", "30");
            children.add(responder);
            BufferedReader out = new BufferedReader(new InputStreamReader(responder.getInputStream(), StandardCharsets.UTF_8));
            String ready = out.readLine();
            assertNotNull(ready, "the responder exited: " + Files.readString(logs.resolve("respond.err")));
            assertTrue(ready.startsWith("READY "), ready);
            String name = ready.substring(6);

            Process resolver = child(logs, ns2, "resolve", vb, name, "10");
            children.add(resolver);
            assertTrue(resolver.waitFor(30, TimeUnit.SECONDS), "the resolver bounds itself to 10 s");
            String result = new String(resolver.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertEquals("RESOLVED 10.253.0.1", result, "resolver stderr: " + Files.readString(logs.resolve("resolve.err"))
                    + "; responder stderr: " + Files.readString(logs.resolve("respond.err")));
            assertEquals(0, resolver.exitValue());
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
    static void setUp(String ns, String dev, String cidr) throws IOException, InterruptedException {
        ip("-n", ns, "link", "set", "lo", "up");
        ip("-n", ns, "addr", "add", cidr, "dev", dev);
        ip("-n", ns, "link", "set", dev, "up");
        ip("-n", ns, "route", "add", "224.0.0.0/4", "dev", dev);
    }

    private static Process child(Path logs, String ns, String... args) throws IOException {
        return child(MdnsSocketHelper.class, logs, ns, args);
    }

    /** A JVM running {@code main} of {@code helper} inside the namespace; stderr to {@code logs/<args[0]>.err}. */
    static Process child(Class<?> helper, Path logs, String ns, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        List<String> cmd = new ArrayList<>(List.of(ipBinary(), "netns", "exec", ns, java, "-cp", classPath(),
                helper.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(logs.resolve(args[0] + ".err").toFile()).start();
    }

    // The helpers need the main and test classes of this module, jrtc-stun and slf4j-api.
    private static String classPath() {
        List<String> parts = new ArrayList<>(List.of(Path.of("target/test-classes").toAbsolutePath().toString(),
                Path.of("target/classes").toAbsolutePath().toString()));
        try {
            parts.add(Path.of(org.slf4j.LoggerFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString());
            parts.add(Path.of(io.jrtc.stun.StunMessage.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString());
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError(e);
        }
        return String.join(File.pathSeparator, parts);
    }

    static String ipBinary() {
        return Files.isExecutable(Path.of(IP)) ? IP : "/sbin/ip";
    }

    static void ip(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ipBinary()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", cmd) + " failed (needs root and iproute2): " + output);
        }
    }

    static void ipQuietly(String... args) {
        try {
            ip(args);
        } catch (IOException | InterruptedException | AssertionError e) {
            // best effort: the namespace may never have been created
        }
    }
}
