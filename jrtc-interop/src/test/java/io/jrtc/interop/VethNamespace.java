package io.jrtc.interop;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A network namespace the test makes, joined to this (the root) namespace by a veth pair:
 * {@code 10.77.N.1/24} on this side, {@code 10.77.N.2/24} inside, IPv4 only, multicast on, the
 * multicast route inside the namespace only. The namespace's default route leads into its own
 * loopback, so whatever runs in it reaches nothing but this side's veth address; this side adds no
 * route but the veth's own subnet. Deleting the namespace deletes the pair. Needs root and iproute2.
 */
final class VethNamespace implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VethNamespace.class);

    final String name;
    /** This side's interface and address. */
    final String outerDevice;
    final InetAddress outer;
    /** The interface and address inside the namespace. */
    final String innerDevice;
    final InetAddress inner;

    private VethNamespace(String name, String outerDevice, InetAddress outer, String innerDevice, InetAddress inner) {
        this.name = name;
        this.outerDevice = outerDevice;
        this.outer = outer;
        this.innerDevice = innerDevice;
        this.inner = inner;
    }

    /** The iproute2 binary. */
    static String ip() {
        for (String p : List.of("/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip")) {
            if (Files.isExecutable(Path.of(p))) {
                return p;
            }
        }
        throw new AssertionError("iproute2 is missing: the mDNS interop test needs `ip netns`. "
                + "Install it with: apt-get install -y iproute2   (./jrtc test installs what tools/test-deps lists)");
    }

    /** Creates the namespace and the pair with a subnet no interface of this side uses yet. */
    static VethNamespace create() throws IOException, InterruptedException {
        String tag = Long.toString(ProcessHandle.current().pid() % 10000) + ThreadLocalRandom.current().nextInt(100);
        String used = run(ip(), "-4", "-o", "addr", "show");
        int subnet = -1;
        for (int i = 0; i < 50 && subnet < 0; i++) {
            int n = 1 + ThreadLocalRandom.current().nextInt(250);
            if (!used.contains(" 10.77." + n + ".")) {
                subnet = n;
            }
        }
        if (subnet < 0) {
            throw new AssertionError("no free 10.77.N.0/24 subnet for the test's veth pair: " + used);
        }
        VethNamespace v = new VethNamespace("jrtc-mdns-" + tag, "jmo" + tag,
                InetAddress.getByName("10.77." + subnet + ".1"), "jmi" + tag,
                InetAddress.getByName("10.77." + subnet + ".2"));
        try {
            v.setUp();
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            v.close();
            throw e;
        }
        return v;
    }

    private void setUp() throws IOException, InterruptedException {
        String ip = ip();
        run(ip, "netns", "add", name);
        run(ip, "link", "add", outerDevice, "type", "veth", "peer", "name", innerDevice, "netns", name);
        // IPv4 only on both ends: no link-local IPv6 candidates, no router solicitations (a kernel
        // without IPv6 has neither, nor these files).
        Path outerV6 = Path.of("/proc/sys/net/ipv6/conf", outerDevice, "disable_ipv6");
        if (Files.exists(outerV6)) {
            Files.writeString(outerV6, "1");
        }
        String innerV6 = "/proc/sys/net/ipv6/conf/" + innerDevice + "/disable_ipv6";
        run(ip, "netns", "exec", name, "sh", "-c", "if [ -e " + innerV6 + " ]; then echo 1 > " + innerV6 + "; fi");
        run(ip, "addr", "add", outer.getHostAddress() + "/24", "dev", outerDevice);
        run(ip, "link", "set", outerDevice, "multicast", "on", "up");
        run(ip, "-n", name, "link", "set", "lo", "up");
        run(ip, "-n", name, "addr", "add", inner.getHostAddress() + "/24", "dev", innerDevice);
        run(ip, "-n", name, "link", "set", innerDevice, "multicast", "on", "up");
        run(ip, "-n", name, "route", "add", "224.0.0.0/4", "dev", innerDevice);
        // A browser without media permission gathers only on the default route's address, which it
        // learns by connecting a UDP socket (no packet sent): give it one that goes nowhere, into
        // the namespace's own loopback, with the veth address as source.
        run(ip, "-n", name, "route", "add", "default", "dev", "lo", "src", inner.getHostAddress());
        LOG.info("namespace {}: {} {} here, {} {} inside", name, outerDevice, outer.getHostAddress(), innerDevice,
                inner.getHostAddress());
    }

    /** Runs a command, failing with its output unless it exits 0 within 10 s; returns its output. */
    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                throw new AssertionError(String.join(" ", command) + " did not finish within 10 s");
            }
            output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
        if (p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed (needs root and iproute2): " + output);
        }
        return output;
    }

    private static void quietly(String... command) {
        try {
            run(command);
        } catch (IOException | AssertionError e) {
            LOG.debug("{}: {}", String.join(" ", command), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes the namespace (and with it the pair); then the outer end, should it remain. */
    @Override
    public void close() {
        String ip = ip();
        quietly(ip, "netns", "del", name);
        List<String> left = new ArrayList<>();
        try {
            if (run(ip, "-o", "link", "show").contains(" " + outerDevice + "@")) {
                left.add(outerDevice);
            }
        } catch (IOException | AssertionError e) {
            LOG.debug("listing links: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        left.forEach(d -> quietly(ip, "link", "del", d));
    }
}
