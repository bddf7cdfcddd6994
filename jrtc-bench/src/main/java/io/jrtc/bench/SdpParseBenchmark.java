package io.jrtc.bench;

import io.jrtc.sdp.Candidate;
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
    private static final Candidate CANDIDATE = Candidate.parse(
            "candidate:3442447574 1 udp 2122260223 127.0.0.1 54321 typ host generation 0 network-id 1");

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

    /**
     * Edit and write: add a trickled candidate to the first section of the parsed offer and write
     * the new description (what an agent does when it adds gathered candidates to its SDP).
     */
    @Benchmark
    public String addCandidateAndWrite() {
        return parsed.toBuilder()
                .editMedia(0, m -> m.candidate(CANDIDATE))
                .build()
                .toString();
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
