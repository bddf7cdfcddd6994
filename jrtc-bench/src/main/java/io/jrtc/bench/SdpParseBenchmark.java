package io.jrtc.bench;

import io.jrtc.sdp.SessionDescription;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing and writing a real headless-Chromium offer (audio, video, data channel; 8 KB, captured
 * for the SDP corpus). A signaling server or SFU parses one of these per negotiation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SdpParseBenchmark {
    private String offer;
    private SessionDescription parsed;

    @Setup
    public void load() {
        offer = resource("chromium-offer-audio-video-data.sdp");
        parsed = SessionDescription.parse(offer);
    }

    /** Parse, including validation of every known attribute. */
    @Benchmark
    public SessionDescription parseChromiumOffer() {
        return SessionDescription.parse(offer);
    }

    /** Parse, then read the typed values an answerer needs from every media section. */
    @Benchmark
    public int parseAndReadTypedValues() {
        SessionDescription sd = SessionDescription.parse(offer);
        int n = 0;
        for (var m : sd.media()) {
            n += m.rtpMaps().size() + m.candidates().size();
            n += m.mid().map(String::length).orElse(0);
        }
        return n;
    }

    /** Write the parsed model back to SDP text. */
    @Benchmark
    public String writeChromiumOffer() {
        return parsed.toString();
    }

    static String resource(String name) {
        try (InputStream in = SdpParseBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing benchmark resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
