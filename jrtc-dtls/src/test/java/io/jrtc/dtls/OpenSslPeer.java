package io.jrtc.dtls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code openssl s_server} or {@code s_client} from Debian's {@code openssl} package, started on
 * 127.0.0.1 with DTLS 1.2, use_srtp and the EXTRACTOR-dtls_srtp export, and stopped by its PID.
 */
final class OpenSslPeer implements AutoCloseable {
    private static final Pattern KEYS = Pattern.compile("Keying material: ([0-9A-Fa-f]+)");
    private static final Pattern PROFILE = Pattern.compile("SRTP Extension negotiated, profile=(\\S+)");

    private final Process process;
    private final StringBuffer output = new StringBuffer();

    private OpenSslPeer(List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new IOException("cannot run '" + command.get(0) + "': install Debian's openssl package"
                    + " (apt-get install -y openssl)", e);
        }
        Thread.ofVirtual().start(this::pump);
    }

    /** The OpenSSL name of an RFC 5764 / RFC 7714 profile. */
    static String profileName(SrtpProfile p) {
        return switch (p) {
            case SRTP_AES128_CM_HMAC_SHA1_80 -> "SRTP_AES128_CM_SHA1_80";
            case SRTP_AES128_CM_HMAC_SHA1_32 -> "SRTP_AES128_CM_SHA1_32";
            case SRTP_AEAD_AES_128_GCM -> "SRTP_AEAD_AES_128_GCM";
            case SRTP_AEAD_AES_256_GCM -> "SRTP_AEAD_AES_256_GCM";
        };
    }

    static OpenSslPeer server(int port, Path pem, SrtpProfile profile) throws IOException {
        List<String> cmd = common("s_server", pem, profile);
        cmd.addAll(List.of("-accept", "127.0.0.1:" + port, "-naccept", "1", "-Verify", "1"));
        return new OpenSslPeer(cmd);
    }

    static OpenSslPeer client(int port, Path pem, SrtpProfile profile, String... extra) throws IOException {
        List<String> cmd = common("s_client", pem, profile);
        cmd.addAll(List.of("-connect", "127.0.0.1:" + port));
        cmd.addAll(List.of(extra));
        return new OpenSslPeer(cmd);
    }

    private static List<String> common(String tool, Path pem, SrtpProfile profile) {
        return new ArrayList<>(List.of("openssl", tool, "-dtls1_2", "-cert", pem.toString(), "-key", pem.toString(),
                "-use_srtp", profileName(profile), "-keymatexport", "EXTRACTOR-dtls_srtp",
                "-keymatexportlen", Integer.toString(profile.keyingMaterialLength()), "-mtu", "1200"));
    }

    static Path writePem(DtlsCertificate certificate) throws IOException {
        Path pem = Files.createTempFile("jrtc-openssl-", ".pem");
        Files.writeString(pem, certificate.toPemWithPrivateKey());
        return pem;
    }

    private void pump() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                append(line);
            }
        } catch (IOException e) {
            append("[output ended: " + e + "]");
        }
        append("[exited]");
    }

    private synchronized void append(String line) {
        output.append(line).append('\n');
        notifyAll();
    }

    /**
     * Waits until OpenSSL has printed {@code text}; it runs in real time in its own process, so
     * this waits for its output lines (no virtual clock applies), at most 30 s.
     */
    synchronized boolean awaitOutput(String text) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L; // a hang guard: a loaded machine starts openssl slowly
        while (output.indexOf(text) < 0) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0 || output.indexOf("[exited]") >= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /** Types a line on its stdin (s_client and s_server send it as application data). */
    void type(String line) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    String output() {
        return output.toString();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The exported keying material OpenSSL printed, or null so far. */
    byte[] keyingMaterial() {
        Matcher m = KEYS.matcher(output);
        return m.find() ? java.util.HexFormat.of().parseHex(m.group(1).toLowerCase()) : null;
    }

    /** The SRTP profile OpenSSL reported, or null so far. */
    String negotiatedProfile() {
        Matcher m = PROFILE.matcher(output);
        return m.find() ? m.group(1) : null;
    }

    @Override
    public void close() throws InterruptedException {
        long pid = process.pid();
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            process.waitFor();
        }
    }
}
