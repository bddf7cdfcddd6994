package io.jrtc.webrtc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The public API surface: only io.jrtc.webrtc is exported to everyone; the rest is internal. */
class ModuleExportsTest {
    @Test
    void onlyTheApiPackageIsExported() throws IOException {
        Path moduleInfo = Path.of(RTCException.class.getProtectionDomain().getCodeSource().getLocation().getPath(),
                "module-info.class");
        try (InputStream in = Files.newInputStream(moduleInfo)) {
            ModuleDescriptor d = ModuleDescriptor.read(in);
            assertEquals("io.jrtc.webrtc", d.name());
            Set<String> unqualified = d.exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
            assertEquals(Set.of("io.jrtc.webrtc"), unqualified);
        }
    }
}
