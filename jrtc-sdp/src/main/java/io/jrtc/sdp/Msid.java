package io.jrtc.sdp;

import java.util.List;
import java.util.Optional;

/**
 * {@code a=msid}: the media stream (and track) a media section belongs to (RFC 8830 section 2),
 * e.g. {@code a=msid:stream-id track-id}; {@code -} as the stream id means "no stream" (RFC 9429
 * section 5.2.1).
 *
 * @param streamId the MediaStream id
 * @param trackId the application data, the MediaStreamTrack id in practice, if written
 */
public record Msid(String streamId, Optional<String> trackId) implements TypedAttribute {
    /** The syntax named in parse errors. */
    static final String SYNTAX = "a=msid:<stream id>[ <track id>]";

    /**
     * Validates the fields. RFC 8830 limits ids to 64 characters; longer ones are accepted because
     * nothing breaks and some stacks write them.
     *
     * @throws IllegalArgumentException if an id is not a token
     */
    public Msid {
        Syntax.token(streamId);
        Syntax.require(trackId != null, "trackId must not be null; use Optional.empty()");
        trackId.ifPresent(Syntax::token);
    }

    /** An msid with a track id. */
    public Msid(String streamId, String trackId) {
        this(streamId, Optional.of(trackId));
    }

    static Msid parse(String value) {
        List<String> w = Syntax.words(value);
        Syntax.require(w.size() <= 2);
        return new Msid(w.get(0), w.size() == 2 ? Optional.of(w.get(1)) : Optional.empty());
    }

    @Override
    public Attribute toAttribute() {
        return Attribute.of("msid", streamId + trackId.map(t -> " " + t).orElse(""));
    }
}
