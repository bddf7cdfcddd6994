package io.jrtc.testkit.peers;

import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMessageType;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A real coturn ({@code turnserver}, Debian package {@code coturn}) on 127.0.0.1 with free ports,
 * started by a test and stopped by its PID in {@link #close()}. Readiness waits (a STUN Binding
 * answered over UDP, then the TCP and TLS ports accepting) are each bounded by 30 s, since coturn
 * starts slowly on a loaded machine.
 */
public final class Coturn implements AutoCloseable {
    /** The long-term credential user name. */
    public static final String USER = "test";
    /** The long-term credential password. */
    public static final String PASSWORD = "secret";
    /** The long-term credential realm. */
    public static final String REALM = "jrtc.test";
    private static final String BINARY = "/usr/bin/turnserver";

    /** The UDP and TCP listening address. */
    public final InetSocketAddress address;
    /** The TLS listening address, or null when started without a certificate. */
    public final InetSocketAddress tlsAddress;
    /** The lowest relay port coturn may allocate. */
    public final int minRelayPort;
    /** The highest relay port coturn may allocate. */
    public final int maxRelayPort;
    /** The temporary directory holding coturn's log, pid file and database. */
    public final Path dir;
    private final Process process;

    private Coturn(InetSocketAddress address, InetSocketAddress tlsAddress, int minPort, int maxPort, Path dir,
            Process process) {
        this.address = address;
        this.tlsAddress = tlsAddress;
        this.minRelayPort = minPort;
        this.maxRelayPort = maxPort;
        this.dir = dir;
        this.process = process;
    }

    /** Starts coturn; {@code certAndKey} (PEM files) turns on its TLS listener, or null for none. */
    public static Coturn start(Path[] certAndKey) throws IOException {
        return start(certAndKey, false);
    }

    /** Like {@link #start(Path[])}; {@code verbose} makes coturn log every request it processes. */
    public static Coturn start(Path[] certAndKey, boolean verbose) throws IOException {
        if (!Files.isExecutable(Path.of(BINARY))) {
            throw new AssertionError("coturn's " + BINARY + " is missing: install the Debian package coturn "
                    + "(apt-get install -y coturn; listed in tools/test-deps)");
        }
        Path dir = Files.createTempDirectory("jrtc-coturn");
        int port = freePort();
        int tlsPort = certAndKey == null ? 0 : freePort();
        int minPort = 20000 + ThreadLocalRandom.current().nextInt(2000) * 20;
        List<String> cmd = new ArrayList<>(List.of(BINARY, "-n", "--listening-ip=127.0.0.1", "--relay-ip=127.0.0.1",
                "--listening-port=" + port, "--min-port=" + minPort, "--max-port=" + (minPort + 19),
                "--lt-cred-mech", "--user=" + USER + ":" + PASSWORD, "--realm=" + REALM, "--no-dtls", "--no-cli",
                "--allow-loopback-peers", "--log-file=stdout", "--simple-log", "--pidfile=" + dir.resolve("pid"),
                "--db=" + dir.resolve("turndb")));
        if (verbose) {
            cmd.add("--verbose");
        }
        if (certAndKey == null) {
            cmd.add("--no-tls");
        } else {
            cmd.addAll(List.of("--tls-listening-port=" + tlsPort, "--cert=" + certAndKey[0], "--pkey=" + certAndKey[1]));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("turnserver.log").toFile()).start();
        InetAddress lo = InetAddress.getLoopbackAddress();
        Coturn c = new Coturn(new InetSocketAddress(lo, port), tlsPort == 0 ? null : new InetSocketAddress(lo, tlsPort),
                minPort, minPort + 19, dir, p);
        try {
            c.awaitReady();
        } catch (IOException | AssertionError e) {
            c.close();
            throw e;
        }
        return c;
    }

    // Ready when a Binding request over UDP is answered and the TCP port accepts connections.
    private void awaitReady() throws IOException {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            s.setSoTimeout(100);
            for (int attempt = 0; attempt < 300; attempt++) { // a 30 s hang guard: coturn starts slowly on a loaded machine
                if (!process.isAlive()) {
                    throw new AssertionError("turnserver exited with " + process.exitValue() + ": " + log());
                }
                byte[] req = StunMessage.builder(StunMessageType.BINDING_REQUEST).build().encode();
                s.send(new DatagramPacket(req, req.length, address));
                try {
                    s.receive(new DatagramPacket(new byte[1500], 1500));
                    awaitTcp(address);
                    if (tlsAddress != null) {
                        awaitTcp(tlsAddress);
                    }
                    return;
                } catch (SocketTimeoutException e) {
                    // not up yet: ask again
                }
            }
        }
        throw new AssertionError("turnserver did not answer within 30 s: " + log());
    }

    // A refused connect returns at once, so the retries are paced and bounded by time, not by count.
    private static void awaitTcp(InetSocketAddress a) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(a, 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() - deadline > 0) {
                    throw e;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted waiting for " + a);
            }
        }
    }

    private static int freePort() throws IOException {
        for (int i = 0; i < 20; i++) {
            try (ServerSocket t = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                    DatagramSocket u = new DatagramSocket(t.getLocalPort(), InetAddress.getLoopbackAddress())) {
                return t.getLocalPort();
            } catch (IOException e) {
                // the UDP port was taken: try another
            }
        }
        throw new IOException("no free port on 127.0.0.1");
    }

    /** Everything coturn logged so far. */
    public String fullLog() {
        try {
            return Files.readString(dir.resolve("turnserver.log"));
        } catch (IOException e) {
            return "";
        }
    }

    /** What coturn logged so far, for failure messages. */
    public String log() {
        try {
            String s = Files.readString(dir.resolve("turnserver.log"));
            return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the process this object started, by its PID. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteQuietly(dir);
    }

    /** Removes a temporary directory of this test run and what is in it. */
    public static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: it is a temporary directory
        }
    }
}
