package io.jrtc.sdp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real SDPs captured from Chromium, werift and node-datachannel, in {@code resources/io/jrtc/sdp/corpus}. */
final class Corpus {
    private Corpus() {}

    /** Every corpus file, sorted by name. */
    static List<Path> files() {
        URL dir = Corpus.class.getResource("corpus");
        if (dir == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".sdp")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file's text, read as UTF-8. */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every corpus text. */
    static List<String> texts() {
        return files().stream().map(Corpus::read).toList();
    }
}
