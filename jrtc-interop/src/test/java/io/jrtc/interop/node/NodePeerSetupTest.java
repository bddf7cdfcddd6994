package io.jrtc.interop.node;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Missing Node peers fail the run with what is missing and the command that installs them (never a skip). */
class NodePeerSetupTest {
    @Test
    void missingPeersAreNamedWithTheInstallCommand(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("package.json"), "{}");
        Files.createDirectories(dir.resolve("node_modules/werift"));
        Files.writeString(dir.resolve("node_modules/werift/package.json"), "{}");
        AssertionError e = assertThrows(AssertionError.class, () -> NodePeer.requireInstalled(dir));
        assertTrue(e.getMessage().contains("[node-datachannel]"), e.getMessage());
        assertTrue(e.getMessage().contains("npm ci"), e.getMessage());
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }

    @Test
    void theCommittedProjectPinsBothPeersAndIsInstalled() throws Exception {
        Path dir = NodePeer.peersDir();
        String pkg = Files.readString(dir.resolve("package.json"));
        assertTrue(pkg.contains("\"werift\": \"0.24.4\""), pkg);
        assertTrue(pkg.contains("\"node-datachannel\": \"0.33.4\""), pkg);
        assertTrue(Files.isRegularFile(dir.resolve("package-lock.json")), "package-lock.json is committed");
        assertDoesNotThrow(() -> NodePeer.requireInstalled(dir));
    }
}
